namespace IBok.Web.Tests.GraphQL;

/// <summary>
/// GraphQL over HTTP, "Status Codes" and "Body": the same status for both media types; a legacy client
/// (application/json) gets Content-Type application/json on 2xx responses only.
/// </summary>
[Collection(GraphQLServerCollection.Name)]
public sealed class StatusCodeTests(GraphQLServerFactory factory)
{
    private const string LegacyAccept = "application/json";

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, int, string> Cases => new()
    {
        { "{\"query\":\"{ hello }\"}", 200, "{\"data\":{\"hello\":\"Hello, world!\"}}" },
        {
            "{\"query\":\"{ hello boom }\"}", 294,
            "{\"errors\":[{\"message\":\"Unexpected error.\",\"locations\":[{\"line\":1,\"column\":9}],\"path\":[\"boom\"],\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}],\"data\":{\"hello\":\"Hello, world!\",\"boom\":null}}"
        },
        {
            "{\"query\":\"{ slow }\"}", 294,
            "{\"errors\":[{\"message\":\"The request exceeded the execution timeout of 200 milliseconds.\",\"extensions\":{\"code\":\"TIMEOUT\"}}],\"data\":null}"
        },
        {
            "{\"query\":\"{ hello(\"}", 400,
            "{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found <EOF>.\",\"locations\":[{\"line\":1,\"column\":9}],\"extensions\":{\"code\":\"GRAPHQL_PARSE_FAILED\"}}]}"
        },
        {
            "{\"query\":\"{ goodbye }\"}", 422,
            "{\"errors\":[{\"message\":\"Cannot query field \\\"goodbye\\\" on type \\\"Query\\\".\",\"locations\":[{\"line\":1,\"column\":3}],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}"
        },
        {
            "{\"query\":\"{ nested { nested { nested { nested { value } } } } }\"}", 422,
            "{\"errors\":[{\"message\":\"The operation depth 5 exceeds the maximum of 4.\",\"locations\":[{\"line\":1,\"column\":1}],\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}"
        },
        {
            "{\"query\":\"query A { hello } query B { hello }\"}", 422,
            "{\"errors\":[{\"message\":\"Must provide operation name if query contains multiple operations.\"}]}"
        },
        {
            "{\"query\":\"query A { hello }\",\"operationName\":\"C\"}", 422,
            "{\"errors\":[{\"message\":\"Unknown operation named \\\"C\\\".\"}]}"
        },
        {
            "{\"query\":\"query ($name: String!) { hello(name: $name) }\",\"variables\":{\"name\":7}}", 422,
            "{\"errors\":[{\"message\":\"Variable \\\"$name\\\" got invalid value 7; String cannot represent a non string value: 7\",\"locations\":[{\"line\":1,\"column\":8}]}]}"
        },
        {
            "{\"query\":\"subscription { ticks }\"}", 422,
            "{\"errors\":[{\"message\":\"Subscriptions are not served over HTTP; subscribe over a WebSocket with the graphql-transport-ws protocol.\",\"locations\":[{\"line\":1,\"column\":1}],\"extensions\":{\"code\":\"OPERATION_NOT_ALLOWED\"}}]}"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_GraphQLResponseJson_StatusAndBody(string body, int statusCode, string expectedBody)
    {
        var response = await GraphQLHttp.PostAsync(_client, body, accept: "application/graphql-response+json");

        Assert.Equal(statusCode, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal(expectedBody, response.Body);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_LegacyJson_SameStatusAndJsonOn2xx(string body, int statusCode, string expectedBody)
    {
        var response = await GraphQLHttp.PostAsync(_client, body, accept: LegacyAccept);

        Assert.Equal(statusCode, response.StatusCode);
        Assert.Equal(statusCode < 300 ? GraphQLHttp.Json : GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal(expectedBody, response.Body);
    }

    [Theory]
    [InlineData(null, GraphQLHttp.Json)]
    [InlineData("*/*", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/*", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLHttp.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", GraphQLHttp.Json)]
    [InlineData("application/graphql-response+json;q=0, */*", GraphQLHttp.Json)]
    [InlineData("application/json; charset=utf-8", GraphQLHttp.Json)]
    [InlineData("text/html, */*;q=0.1", GraphQLHttp.GraphQLResponseJson)]
    public async Task Post_Accept_ChoosesTheResponseMediaType(string? accept, string contentType)
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello }\"}", accept: accept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(contentType, response.ContentType);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Theory]
    [InlineData(GraphQLHttp.SpecAccept, GraphQLHttp.GraphQLResponseJson)]
    [InlineData(LegacyAccept, GraphQLHttp.GraphQLResponseJson)]
    public async Task Get_Mutation_Is405ForBothMediaTypes(string accept, string contentType)
    {
        var response = await GraphQLHttp.GetAsync(_client, "?query=mutation%7BsetGreeting(text%3A%22x%22)%7D", accept);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal(contentType, response.ContentType);
        Assert.Equal("POST", response.Allow);
    }

    [Fact]
    public async Task Post_ResolverFailure_IsLoggedWithItsException()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"query Logged { boom }\"}");

        Assert.Equal(294, response.StatusCode);
        Assert.Contains(
            factory.Logs.Entries,
            entry => entry.Category == "IBok.Web.GraphQL.GraphQLHttpEndpoint"
                && entry.Message == "GraphQL request failed unexpectedly at boom."
                && entry.Exception is InvalidOperationException { Message: GraphQLTestSchema.SecretFailure });
    }
}
