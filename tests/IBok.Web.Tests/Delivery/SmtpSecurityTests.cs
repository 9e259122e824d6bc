using System.Globalization;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Delivery.Sms;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.Web.Tests.Delivery;

/// <summary>
/// STARTTLS and SMTP AUTH against a real server (npm smtp-server on loopback with a certificate made for the test,
/// offering STARTTLS and requiring AUTH), driven through the outbox dispatcher as in production.
/// </summary>
public sealed class SmtpSecurityTests
{
    private static Dictionary<string, string> Settings(TestCertificate? pinned, string password = DeliveryHost.SmtpPassword) => new()
    {
        ["Mail:Smtp:StartTls"] = "true",
        ["Mail:Smtp:Password"] = password,
        ["Mail:Smtp:PinnedCertificateSha256"] = pinned?.OpenSslStyleFingerprint ?? "",
        ["Delivery:MaxAttempts"] = "2",
    };

    private static async Task<DispatchReport> DispatchAsync(DeliveryHost host, TimeProvider? clock = null)
    {
        await using var scope = host.SystemScope();
        var services = scope.ServiceProvider;
        var dispatcher = new OutboxDispatcher(
            services.GetRequiredService<IBokDbContext>(), services.GetRequiredService<IEmailSender>(), services.GetRequiredService<ISmsGateway>(),
            clock ?? TimeProvider.System, services.GetRequiredService<DeliveryOptions>(), services.GetRequiredService<IInvoiceDocuments>());
        return await dispatcher.DispatchDueAsync(CancellationToken.None);
    }

    private static async Task<string?> LastErrorAsync(DeliveryHost host, long id)
    {
        await using var scope = host.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IBokDbContext>().Set<OutboxMessageRow>().Where(row => row.Id == id).Select(row => row.LastError).SingleAsync();
    }

    [Fact]
    public async Task Dispatch_StartTlsPinnedCertificateAndCredentials_DeliversOverAnEncryptedAuthenticatedSession()
    {
        using var certificate = new TestCertificate();
        await using var smtp = await SmtpReceiver.StartAsync(DeliveryHost.SmtpUser, DeliveryHost.SmtpPassword, certificate.Files);
        await using var host = new DeliveryHost(smtp.Port, Settings(pinned: certificate));
        var (queued, _) = await SmtpDeliveryTests.IssueInvoiceAsync(host);

        Assert.Equal(new DispatchReport(1, 1, 0, 0), await DispatchAsync(host));

        var received = await smtp.NextMessageAsync();
        Assert.Equal((true, DeliveryHost.SmtpUser, "ebok@wodociagi.example.pl"), (received.Secure, received.User, received.From));
        Assert.Equal($"<{OutboxDispatcher.MessageIdLocalPart(queued.IdempotencyKey)}@wodociagi.example.pl>", MimeMessageReader.Parse(received.Raw).Headers["Message-ID"]);
        Assert.Equal(new ClosedSession(Secure: true, User: DeliveryHost.SmtpUser, AuthFailures: 0, MailFrom: 1), await smtp.NextClosedSessionAsync());
        Assert.Equal(OutboxStatus.Sent, (await SmtpDeliveryTests.StateAsync(host, queued.Id)).Item1);
    }

    [Fact]
    public async Task Dispatch_SelfSignedCertificateNotPinned_SendsNothingAndNamesTheUntrustedCertificate()
    {
        using var certificate = new TestCertificate();
        await using var smtp = await SmtpReceiver.StartAsync(DeliveryHost.SmtpUser, DeliveryHost.SmtpPassword, certificate.Files);
        await using var host = new DeliveryHost(smtp.Port, Settings(pinned: null));
        var (queued, _) = await SmtpDeliveryTests.IssueInvoiceAsync(host);

        Assert.Equal(new DispatchReport(1, 0, 1, 0), await DispatchAsync(host));

        // The server finished its side of the TLS handshake; the client refused the certificate and said nothing more.
        Assert.Equal(new ClosedSession(Secure: true, User: null, AuthFailures: 0, MailFrom: 0), await smtp.NextClosedSessionAsync());
        Assert.False(smtp.HasMore);
        Assert.Equal((OutboxStatus.Pending, 1, (DateTime?)null), await SmtpDeliveryTests.StateAsync(host, queued.Id));
        Assert.StartsWith(
            $"SmtpDeliveryException: The SMTP server 127.0.0.1:{smtp.Port.ToString(CultureInfo.InvariantCulture)} presented a certificate that is not trusted (",
            await LastErrorAsync(host, queued.Id),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_WrongPassword_FailsNamingTheCredentialsThenRetriesAndParks()
    {
        using var certificate = new TestCertificate();
        await using var smtp = await SmtpReceiver.StartAsync(DeliveryHost.SmtpUser, DeliveryHost.SmtpPassword, certificate.Files);
        await using var host = new DeliveryHost(smtp.Port, Settings(pinned: certificate, password: "złe-hasło"));
        var (queued, _) = await SmtpDeliveryTests.IssueInvoiceAsync(host);

        Assert.Equal(new DispatchReport(1, 0, 1, 0), await DispatchAsync(host));
        var first = await smtp.NextClosedSessionAsync();
        var error = await LastErrorAsync(host, queued.Id);
        Assert.Equal((OutboxStatus.Pending, 1, (DateTime?)null), await SmtpDeliveryTests.StateAsync(host, queued.Id));

        // After the first retry delay (one minute), the second and last attempt (Delivery:MaxAttempts = 2) parks it.
        Assert.Equal(new DispatchReport(1, 0, 0, 1), await DispatchAsync(host, new SmtpDeliveryTests.ShiftedClock(TimeSpan.FromMinutes(2))));
        var second = await smtp.NextClosedSessionAsync();

        Assert.Equal(new ClosedSession(Secure: true, User: null, AuthFailures: 1, MailFrom: 0), first);
        Assert.Equal(first, second);
        Assert.False(smtp.HasMore);
        Assert.Equal((OutboxStatus.Parked, 2, (DateTime?)null), await SmtpDeliveryTests.StateAsync(host, queued.Id));
        Assert.Equal(error, await LastErrorAsync(host, queued.Id));
        Assert.StartsWith(
            $"SmtpDeliveryException: The SMTP server 127.0.0.1:{smtp.Port.ToString(CultureInfo.InvariantCulture)} did not accept the credentials of user 'ibok' and refuses mail without them (",
            error,
            StringComparison.Ordinal);
        Assert.EndsWith("check Mail:Smtp:UserName and Password.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_StartTlsRequiredButNotOffered_SendsNothingInClearText()
    {
        await using var smtp = await SmtpReceiver.StartAsync(DeliveryHost.SmtpUser, DeliveryHost.SmtpPassword);
        await using var host = new DeliveryHost(smtp.Port, Settings(pinned: null));
        var (queued, _) = await SmtpDeliveryTests.IssueInvoiceAsync(host);

        Assert.Equal(new DispatchReport(1, 0, 1, 0), await DispatchAsync(host));

        // The client stopped after EHLO: no AUTH (the password never crossed in clear text), no MAIL FROM, no data.
        Assert.Equal(new ClosedSession(Secure: false, User: null, AuthFailures: 0, MailFrom: 0), await smtp.NextClosedSessionAsync());
        Assert.False(smtp.HasMore);
        Assert.Equal((OutboxStatus.Pending, 1, (DateTime?)null), await SmtpDeliveryTests.StateAsync(host, queued.Id));
        Assert.Equal(
            $"SmtpDeliveryException: The SMTP server 127.0.0.1:{smtp.Port.ToString(CultureInfo.InvariantCulture)} does not offer STARTTLS, and Mail:Smtp:StartTls requires it; nothing was sent in clear text.",
            await LastErrorAsync(host, queued.Id));
    }
}
