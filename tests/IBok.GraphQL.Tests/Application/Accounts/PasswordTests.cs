using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Application.Accounts;

public sealed class PasswordTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestPasswordReset_KnownLogin_MailsASingleUseLinkValidOneHour(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();

        var requested = await harness.Accounts(service => service.RequestPasswordResetAsync("100200"));

        Assert.True(requested.Succeeded);
        var mail = harness.Mail.Sent[^1];
        Assert.Equal((AccountsHarness.CustomerEmail, "iBOK: zmiana hasła"), (mail.To, mail.Subject));
        Assert.Contains("https://ibok.example.pl/reset-password?token=", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Link działa jeden raz przez 60 minut.", mail.TextBody, StringComparison.Ordinal);
        var token = harness.LastResetToken();
        Assert.Equal(43, token.Length);
        var stored = await harness.Query(db => db.Set<OneTimeCode>().SingleAsync(code => code.Purpose == OneTimeCodePurpose.PasswordReset));
        Assert.NotEqual(token, stored.CodeHash);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestPasswordReset_UnknownLogin_AnswersTheSameAndSendsNothing(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var result = await harness.Accounts(service => service.RequestPasswordResetAsync("nikt@example.pl"));

        Assert.True(result.Succeeded);
        Assert.Empty(harness.Mail.Sent);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestPasswordReset_Repeated_StopsMailingSilently(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var mailsBefore = harness.Mail.Sent.Count;

        var answers = new List<bool>();
        for (var request = 0; request < 8; request++)
        {
            answers.Add((await harness.Accounts(service => service.RequestPasswordResetAsync("100200"))).Succeeded);
            harness.Time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(Enumerable.Repeat(true, 8), answers);
        Assert.Equal(5, harness.Mail.Sent.Count - mailsBefore);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ResetPassword_Link_WorksOnceAndEndsSessions(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var account = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var cookie = await harness.StartSessionAsync(account);
        var bearer = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);
        await harness.Accounts(service => service.RequestPasswordResetAsync(AccountsHarness.CustomerEmail));
        var token = harness.LastResetToken();

        var first = await harness.Accounts(service => service.ResetPasswordAsync(token, "Nowe-Haslo-2026"));
        var second = await harness.Accounts(service => service.ResetPasswordAsync(token, "Inne-Haslo-2026"));

        Assert.True(first.Succeeded);
        Assert.Equal(
            new AccountError(
                AccountErrorCode.InvalidResetLink,
                "The password reset link is incorrect, already used or expired. Ask for a new one.",
                "Link do zmiany hasła jest nieprawidłowy, został już użyty albo wygasł. Poproś o nowy.",
                "token"),
            Assert.Single(second.Errors));
        Assert.Null(await harness.ActiveSessionAsync(cookie.Secret));
        Assert.Null(await harness.ActiveSessionAsync(bearer.Secret));
        Assert.True((await harness.Accounts(service => service.SignInAsync("100200", "Nowe-Haslo-2026"))).Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ResetPassword_AfterOneHour_IsExpired(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        await harness.Accounts(service => service.RequestPasswordResetAsync("100200"));
        var token = harness.LastResetToken();
        harness.Time.Advance(TimeSpan.FromHours(1));

        var result = await harness.Accounts(service => service.ResetPasswordAsync(token, "Nowe-Haslo-2026"));

        Assert.Equal(AccountErrorCode.InvalidResetLink, Assert.Single(result.Errors).Code);
        Assert.True((await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ResetPassword_NewLink_EndsTheOlderOne(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        await harness.Accounts(service => service.RequestPasswordResetAsync("100200"));
        var older = harness.LastResetToken();
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.Accounts(service => service.RequestPasswordResetAsync("100200"));
        var newer = harness.LastResetToken();

        var withOlder = await harness.Accounts(service => service.ResetPasswordAsync(older, "Nowe-Haslo-2026"));
        var withNewer = await harness.Accounts(service => service.ResetPasswordAsync(newer, "Nowe-Haslo-2026"));

        Assert.Equal(AccountErrorCode.InvalidResetLink, Assert.Single(withOlder.Errors).Code);
        Assert.True(withNewer.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ResetPassword_WeakPassword_KeepsTheLinkUsable(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        await harness.Accounts(service => service.RequestPasswordResetAsync("100200"));
        var token = harness.LastResetToken();

        var weak = await harness.Accounts(service => service.ResetPasswordAsync(token, "haslo100200"));
        var strong = await harness.Accounts(service => service.ResetPasswordAsync(token, "Nowe-Haslo-2026"));

        Assert.Equal(["Hasło nie może zawierać numeru klienta."], weak.Errors.Select(error => error.MessagePl));
        Assert.True(strong.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ChangePassword_RightCurrentPassword_KeepsThisSessionAndEndsOthers(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var account = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!;
        var laptop = await harness.StartSessionAsync(account);
        var phone = await harness.StartSessionAsync(account, AccountSessionKind.Bearer);

        var changed = await harness.Accounts(
            service => service.ChangePasswordAsync(AccountsHarness.CustomerPassword, "Nowe-Haslo-2026", laptop.Id), account.ToViewer());

        Assert.True(changed.Succeeded);
        Assert.Equal(laptop.Id, (await harness.ActiveSessionAsync(laptop.Secret))?.Id);
        Assert.Null(await harness.ActiveSessionAsync(phone.Secret));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ChangePassword_WrongCurrentOrSameOrAnonymous_IsRefused(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var viewer = (await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword))).Value!.ToViewer();

        var wrong = await harness.Accounts(service => service.ChangePasswordAsync("Zla-Proba-0000", "Nowe-Haslo-2026", null), viewer);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var same = await harness.Accounts(service => service.ChangePasswordAsync(AccountsHarness.CustomerPassword, AccountsHarness.CustomerPassword, null), viewer);
        var anonymous = await harness.Accounts(service => service.ChangePasswordAsync(AccountsHarness.CustomerPassword, "Nowe-Haslo-2026", null));
        var integration = await harness.Accounts(
            service => service.ChangePasswordAsync(AccountsHarness.CustomerPassword, "Nowe-Haslo-2026", null), Viewer.ForStaff(ViewerRole.Integration, 1, "API key: billing"));

        Assert.Equal((AccountErrorCode.InvalidCredentials, "currentPassword"), (Assert.Single(wrong.Errors).Code, wrong.Errors[0].Field));
        Assert.Equal(AccountErrorCode.PasswordUnchanged, Assert.Single(same.Errors).Code);
        Assert.Equal(AccountErrorCode.NotSignedIn, Assert.Single(anonymous.Errors).Code);
        Assert.Equal(AccountErrorCode.NotSignedIn, Assert.Single(integration.Errors).Code);
    }
}
