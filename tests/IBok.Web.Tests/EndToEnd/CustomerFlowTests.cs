using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IBok.Web.Tests.GraphQL.WebSockets;

namespace IBok.Web.Tests.EndToEnd;

/// <summary>Customer flows over real HTTP and WebSocket against the server running in its own process.</summary>
public sealed class CustomerFlowTests(RunningServer server) : IClassFixture<RunningServer>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7];

    [Fact]
    public async Task BearerSignIn_DashboardQuery_ShowsTheCustomersOwnData()
    {
        var household = RunningServer.Logins.Household;
        var (client, _) = await server.SignInWithBearerAsync(household.CustomerNumber, household.Password);
        using var _client = client;

        var (response, json) = await RunningServer.PostAsync(client, """
            {
              customer {
                number name
                premises { address { city } }
                meters { serialNumber lastReading { date value } }
                invoices(first: 12) { edges { node { number } } }
                balance { toPay { amount } }
                unreadNoticeCount
              }
            }
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(json["errors"]);
        var customer = json["data"]!["customer"]!;
        Assert.Equal((household.CustomerNumber, household.Name), (customer["number"]!.GetValue<string>(), customer["name"]!.GetValue<string>()));
        Assert.NotEmpty(customer["premises"]!.AsArray());
        Assert.All(customer["meters"]!.AsArray(), meter => Assert.NotNull(meter!["lastReading"]));
        Assert.Equal(12, customer["invoices"]!["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task CookieSignIn_OverHttps_QueriesWithTheCookie_MutationsNeedTheCsrfToken()
    {
        var business = RunningServer.Logins.Business;
        using var browser = server.CreateBrowser();
        var (_, signIn) = await RunningServer.PostAsync(browser, RunningServer.SignIn, new { login = business.Email, password = business.Password, bearer = false });
        var csrf = signIn["data"]?["signIn"]?["session"]?["csrfToken"]?.GetValue<string>() ?? throw new InvalidOperationException(signIn.ToJsonString());

        // A query by GET is safe and needs no token; every POST of a cookie session does.
        using var viewerResponse = await browser.GetAsync(new Uri("/graphql?query=%7B%20viewer%20%7B%20role%20%7D%20%7D", UriKind.Relative));
        var viewer = JsonNode.Parse(await viewerResponse.Content.ReadAsStringAsync())!;
        var (forged, _) = await RunningServer.PostAsync(browser, "mutation { signOut { succeeded } }");
        var (signedOut, signOut) = await RunningServer.PostAsync(browser, "mutation { signOut { succeeded } }", configure: request => request.Headers.Add("X-CSRF-Token", csrf));
        using var afterResponse = await browser.GetAsync(new Uri("/graphql?query=%7B%20viewer%20%7B%20role%20%7D%20%7D", UriKind.Relative));
        var after = JsonNode.Parse(await afterResponse.Content.ReadAsStringAsync())!;

        Assert.Equal((HttpStatusCode.OK, "CUSTOMER"), (viewerResponse.StatusCode, viewer["data"]!["viewer"]!["role"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal((HttpStatusCode.OK, true), (signedOut.StatusCode, signOut["data"]!["signOut"]!["succeeded"]!.GetValue<bool>()));
        Assert.Equal("ANONYMOUS", after["data"]!["viewer"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmitReading_ValidThenLower_FirstStoredSecondRejectedWithTheReason()
    {
        var household = RunningServer.Logins.Household;
        var (client, _) = await server.SignInWithBearerAsync(household.CustomerNumber, household.Password);
        using var _client = client;
        var (_, meters) = await RunningServer.PostAsync(client, "{ customer { meters { id kind removedOn lastReading { date value } } } }");
        var meter = meters["data"]!["customer"]!["meters"]!.AsArray().First(candidate => candidate!["kind"]!.GetValue<string>() == "MAIN_WATER" && candidate["removedOn"] is null)!;
        var last = decimal.Parse(meter["lastReading"]!["value"]!.ToString(), CultureInfo.InvariantCulture);
        const string Submit = """
            mutation ($meterId: ID!, $date: Date!, $value: Decimal!) {
              submitReading(meterId: $meterId, date: $date, value: $value) { reading { value } errors { code } }
            }
            """;
        var today = RunningServer.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (_, lower) = await RunningServer.PostAsync(client, Submit, new { meterId = meter["id"]!.GetValue<string>(), date = today, value = last - 1 });
        var (_, valid) = await RunningServer.PostAsync(client, Submit, new { meterId = meter["id"]!.GetValue<string>(), date = today, value = last + 4 });

        Assert.Null(lower["data"]!["submitReading"]!["reading"]);
        Assert.Equal("[{\"code\":\"LOWER_THAN_PREVIOUS\"}]", lower["data"]!["submitReading"]!["errors"]!.ToJsonString());
        Assert.Equal("[]", valid["data"]!["submitReading"]!["errors"]!.ToJsonString());
        Assert.Equal(last + 4, decimal.Parse(valid["data"]!["submitReading"]!["reading"]!["value"]!.ToString(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Invoices_PagedByCursor_TwoPagesAreTheFirstFour()
    {
        var household = RunningServer.Logins.Household;
        var (client, _) = await server.SignInWithBearerAsync(household.CustomerNumber, household.Password);
        using var _client = client;
        const string Page = """
            query ($first: Int!, $after: String) {
              customer { invoices(first: $first, after: $after) { edges { node { number } } pageInfo { hasNextPage endCursor } } }
            }
            """;

        var (_, four) = await RunningServer.PostAsync(client, Page, new { first = 4, after = (string?)null });
        var (_, first) = await RunningServer.PostAsync(client, Page, new { first = 2, after = (string?)null });
        var endCursor = first["data"]!["customer"]!["invoices"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var (_, second) = await RunningServer.PostAsync(client, Page, new { first = 2, after = endCursor });

        static IEnumerable<string> Numbers(JsonNode page) =>
            page["data"]!["customer"]!["invoices"]!["edges"]!.AsArray().Select(edge => edge!["node"]!["number"]!.GetValue<string>());
        Assert.Equal(4, Numbers(four).Distinct().Count());
        Assert.Equal(Numbers(four), Numbers(first).Concat(Numbers(second)));
        Assert.True(first["data"]!["customer"]!["invoices"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task CaseWithAttachment_OperatorReplies_CustomersSubscriptionReceivesTheUpdate()
    {
        var household = RunningServer.Logins.Household;
        var (client, token) = await server.SignInWithBearerAsync(household.CustomerNumber, household.Password);
        using var _client = client;
        var (_, created) = await RunningServer.PostAsync(
            client,
            """
            mutation ($file: String!) {
              createCase(kind: COMPLAINT, subject: "Przeciek przy liczniku", text: "Zdjęcie w załączniku.",
                         attachments: [{ fileName: "licznik.png", contentType: "image/png", contentBase64: $file }]) {
                case { id signature }
                errors { code }
              }
            }
            """,
            new { file = Convert.ToBase64String(Png) });
        Assert.Equal("[]", created["data"]!["createCase"]!["errors"]!.ToJsonString());
        var caseId = created["data"]!["createCase"]!["case"]!["id"]!.GetValue<string>();
        var signature = created["data"]!["createCase"]!["case"]!["signature"]!.GetValue<string>();
        var (staff, _) = await server.SignInWithBearerAsync(RunningServer.Logins.Operator.Email, RunningServer.Logins.Operator.Password);
        using var _staff = staff;

        await using var subscriber = GraphQLWsNodeClient.StartScript(
            Path.Combine("EndToEnd", "subscribe-with-bearer.js"),
            server.BaseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "graphql",
            token,
            "subscription { caseUpdated { caseId signature status } }");
        Assert.Equal("connected", (await subscriber.NextAsync()).GetProperty("event").GetString());
        JsonElement? update = null;
        // The subscription is registered on the server shortly after the client sends it; until then a reply's event
        // has no subscriber, so the operator replies again until one arrives (each reply is a real case update).
        for (var attempt = 1; update is null; attempt++)
        {
            var (_, reply) = await RunningServer.PostAsync(
                staff, "mutation ($caseId: ID!) { replyToCase(caseId: $caseId, text: \"Sprawdzimy licznik.\") { errors { code } } }", new { caseId });
            Assert.Equal("[]", reply["data"]!["replyToCase"]!["errors"]!.ToJsonString());
            update = await subscriber.NextOrNullAsync(TimeSpan.FromSeconds(attempt < 10 ? 1 : 30));
            Assert.True(attempt < 11, "No caseUpdated event reached the subscriber.");
        }

        Assert.Equal("next", update.Value.GetProperty("event").GetString());
        var payload = update.Value.GetProperty("payload").GetProperty("data").GetProperty("caseUpdated");
        Assert.Equal((caseId, signature), (payload.GetProperty("caseId").GetString(), payload.GetProperty("signature").GetString()));
    }

    [Fact]
    public async Task ReadingWithoutAnAccount_ByCustomerNumberAndMeterSerial_IsAccepted()
    {
        var business = RunningServer.Logins.Business;
        var (client, _) = await server.SignInWithBearerAsync(business.CustomerNumber, business.Password);
        string serial;
        decimal last;
        using (client)
        {
            var (_, meters) = await RunningServer.PostAsync(client, "{ customer { meters { serialNumber kind removedOn lastReading { value } } } }");
            var meter = meters["data"]!["customer"]!["meters"]!.AsArray().First(candidate => candidate!["kind"]!.GetValue<string>() == "MAIN_WATER" && candidate["removedOn"] is null)!;
            serial = meter["serialNumber"]!.GetValue<string>();
            last = decimal.Parse(meter["lastReading"]!["value"]!.ToString(), CultureInfo.InvariantCulture);
        }

        using var anonymous = server.CreateClient();
        var (response, json) = await RunningServer.PostAsync(
            anonymous,
            """
            mutation ($number: String!, $serial: String!, $date: Date!, $value: Decimal!) {
              submitReadingAnonymously(customerNumber: $number, meterSerialNumber: $serial, date: $date, value: $value) { accepted errors { code } }
            }
            """,
            new { number = business.CustomerNumber, serial, date = RunningServer.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value = last + 2 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"accepted":true,"errors":[]}""", json["data"]!["submitReadingAnonymously"]!.ToJsonString());
    }

    [Theory]
    [InlineData("bad JSON", "POST", "application/json", "{\"query\": ", 400)]
    [InlineData("missing query", "POST", "application/json", "{\"variables\": {}}", 422)]
    [InlineData("not an object", "POST", "application/json", "[1, 2]", 422)]
    [InlineData("unsupported media type", "POST", "text/plain", "{\"query\": \"{ viewer { role } }\"}", 415)]
    [InlineData("syntax error", "POST", "application/json", "{\"query\": \"{ viewer { \"}", 400)]
    [InlineData("unknown field", "POST", "application/json", "{\"query\": \"{ nothingHere }\"}", 422)]
    [InlineData("mutation over GET", "GET", null, "?query=mutation%20%7B%20signOut%20%7B%20succeeded%20%7D%20%7D", 405)]
    [InlineData("wrong method", "PUT", "application/json", "{\"query\": \"{ viewer { role } }\"}", 405)]
    public async Task MalformedRequest_GetsItsStatusAndAJsonError_AndTheServerKeepsRunning(string kind, string method, string? contentType, string body, int status)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/graphql" + (method == "GET" ? body : ""), UriKind.Relative));
        request.Headers.Add("Accept", "application/graphql-response+json");
        if (method != "GET")
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await client.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(status == (int)response.StatusCode, $"{kind}: expected {status}, got {(int)response.StatusCode}");
        Assert.False(string.IsNullOrEmpty(json["errors"]![0]!["message"]!.GetValue<string>()));
        Assert.DoesNotContain("   at ", json.ToJsonString(), StringComparison.Ordinal);
        Assert.True(server.IsRunning);
    }

    [Fact]
    public async Task RequestTooLarge_Is413()
    {
        using var client = server.CreateClient();
        // One byte over the default GraphQL:MaxRequestBytes (1 MiB).
        var padding = new string('a', 1024 * 1024);
        var body = "{\"query\": \"{ viewer { role } }\", \"extensions\": {\"x\": \"" + padding + "\"}}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
