using System.Net;
using System.Net.Sockets;
using System.Text;
using IBok.GraphQL.Application.Delivery.Sms;

namespace IBok.GraphQL.Tests.Application.Delivery;

/// <summary>The SMSAPI.pl adapter against a real HTTP server on loopback that answers as SMSAPI does.</summary>
public sealed class SmsApiGatewayTests
{
    private sealed class FakeSmsApi : IDisposable
    {
        private readonly HttpListener _listener = new();

        public FakeSmsApi(string answer, HttpStatusCode status = HttpStatusCode.OK)
        {
            var port = FreePort();
            Endpoint = new Uri($"http://127.0.0.1:{port}/sms.do");
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            Served = Task.Run(async () =>
            {
                var context = await _listener.GetContextAsync();
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var form = await reader.ReadToEndAsync();
                var request = (context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], context.Request.ContentType, form);
                var bytes = Encoding.UTF8.GetBytes(answer);
                context.Response.StatusCode = (int)status;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
                return request;
            });
        }

        public Uri Endpoint { get; }

        public Task<(string Method, string Path, string? Authorization, string? ContentType, string Form)> Served { get; }

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }

    private static readonly SmsMessage Message = new("+48 600 700 800", PreparedSms.Prepare("iBOK: faktura FV/1 na 12,34 zł"), "100001:sms:invoice-issued:FV/1");

    [Fact]
    public async Task SendAsync_Queued_PostsTheDocumentedFormWithBearerToken()
    {
        using var api = new FakeSmsApi("""{"count":1,"list":[{"id":"5F2A","points":0.16,"number":"48600700800","status":"QUEUE"}]}""");
        using var http = new HttpClient();

        await new SmsApiGateway(http, new SmsApiOptions { Endpoint = api.Endpoint, Token = "tok-123", SenderName = "Wodociagi" }).SendAsync(Message, CancellationToken.None);

        var request = await api.Served;
        Assert.Equal(("POST", "/sms.do", "Bearer tok-123", "application/x-www-form-urlencoded"), (request.Method, request.Path, request.Authorization, request.ContentType));
        var idx = SmsApiGateway.Idx(Message.Reference);
        Assert.Equal(36, idx.Length);
        Assert.Equal(
            $"to=48600700800&message=iBOK%3A+faktura+FV%2F1+na+12%2C34+zl&encoding=utf-8&format=json&idx={idx}&check_idx=1&normalize=0&from=Wodociagi",
            request.Form);
    }

    [Fact]
    public async Task SendAsync_IdxAlreadyUsed_CountsAsSentBefore()
    {
        using var api = new FakeSmsApi("""{"error":53,"message":"Not unique idx"}""");
        using var http = new HttpClient();

        await new SmsApiGateway(http, new SmsApiOptions { Endpoint = api.Endpoint, Token = "t" }).SendAsync(Message, CancellationToken.None);

        Assert.Contains("check_idx=1", (await api.Served).Form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Refused_ThrowsWithTheProvidersCodeAndMessage()
    {
        using var api = new FakeSmsApi("""{"error":101,"message":"Authorization failed"}""");
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(() => new SmsApiGateway(http, new SmsApiOptions { Endpoint = api.Endpoint, Token = "bad" }).SendAsync(Message, CancellationToken.None));

        Assert.Equal("SMSAPI refused the message: error 101 (Authorization failed).", error.Message);
    }

    [Fact]
    public async Task SendAsync_PolishLettersKept_SendsThemAsUtf8PercentEncoded()
    {
        using var api = new FakeSmsApi("""{"count":1,"list":[{"id":"5F2B","points":0.32,"number":"48600700800","status":"QUEUE"}]}""");
        using var http = new HttpClient();
        var message = new SmsMessage("600700800", PreparedSms.Prepare("Zażółć: 12,34 zł", PolishLetters.Keep), "k1");

        await new SmsApiGateway(http, new SmsApiOptions { Endpoint = api.Endpoint, Token = "t", TestMode = true }).SendAsync(message, CancellationToken.None);

        Assert.Equal(
            "to=48600700800&message=Za%C5%BC%C3%B3%C5%82%C4%87%3A+12%2C34+z%C5%82&encoding=utf-8&format=json&idx=k1&check_idx=1&normalize=0&test=1",
            (await api.Served).Form);
    }

    [Fact]
    public async Task SendAsync_HttpErrorWithErrorJson_ThrowsWithStatusCodeAndMessage()
    {
        using var api = new FakeSmsApi("""{"error":101,"message":"Authorization failed"}""", HttpStatusCode.Unauthorized);
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(() => new SmsApiGateway(http, new SmsApiOptions { Endpoint = api.Endpoint, Token = "bad" }).SendAsync(Message, CancellationToken.None));

        Assert.Equal("SMSAPI refused the message: HTTP 401, error 101 (Authorization failed).", error.Message);
    }

    [Fact]
    public async Task SendAsync_HttpErrorWithoutErrorJson_ThrowsNamingTheStatus()
    {
        using var api = new FakeSmsApi("""{"count":1,"list":[]}""", HttpStatusCode.ServiceUnavailable);
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<SmsDeliveryException>(() => new SmsApiGateway(http, new SmsApiOptions { Endpoint = api.Endpoint, Token = "t" }).SendAsync(Message, CancellationToken.None));

        Assert.Equal("SMSAPI answered HTTP 503: {\"count\":1,\"list\":[]}", error.Message);
    }
}
