using System.Text.Json;

namespace IBok.Web.Tests.GraphQL;

/// <summary>GraphQL over HTTP, "GET" and "POST": the same request in either encoding, and what each may run.</summary>
[Collection(GraphQLServerCollection.Name)]
public sealed class GetAndPostTests(GraphQLServerFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_QueryWithVariablesAndOperationName_IsExecuted()
    {
        var queryString = "?query=" + Uri.EscapeDataString("query A { hello } query B($name: String) { hello(name: $name) }")
            + "&operationName=B&variables=" + Uri.EscapeDataString("{\"name\":\"Łódź\"}");

        var response = await GraphQLHttp.GetAsync(_client, queryString);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Łódź!\"}}", response.Body);
    }

    [Fact]
    public async Task Get_FormEncodedSpacesAndEmptyOptionalParameters_AreUnderstood()
    {
        var response = await GraphQLHttp.GetAsync(_client, "?query=%7B+hello+%7D&operationName=&variables=&extensions=");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Fact]
    public async Task Get_OperationNameNull_NamesAnOperationCalledNull()
    {
        // GraphQL over HTTP, "GET": "operationName=null represents an operation with the name "null"".
        var response = await GraphQLHttp.GetAsync(_client, "?query=" + Uri.EscapeDataString("query null { hello } query other { hello }") + "&operationName=null");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_QueryWithVariablesAndExtensions_IsExecuted()
    {
        var body = JsonSerializer.Serialize(new
        {
            query = "query Greet($name: String) { hello(name: $name) }",
            operationName = "Greet",
            variables = new { name = "Gdańsk" },
            extensions = new { tracing = true },
        });

        var response = await GraphQLHttp.PostAsync(_client, body);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Gdańsk!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_NullOptionalParametersAndUnknownProperties_AreIgnored()
    {
        var response = await GraphQLHttp.PostAsync(
            _client, "{\"query\":\"{ hello }\",\"operationName\":null,\"variables\":null,\"extensions\":null,\"somethingElse\":[1]}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_Mutation_IsExecuted()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"mutation { setGreeting(text: \\\"Cześć\\\") }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"setGreeting\":\"Greeting set to Cześć.\"}}", response.Body);
    }

    [Fact]
    public async Task Post_ResolversGetTheContextFromTheContextFactory()
    {
        var response = await GraphQLHttp.SendAsync(
            _client,
            HttpMethod.Post,
            GraphQLHttp.Path,
            new StringContent("{\"query\":\"{ requestContext }\"}"),
            "application/json",
            GraphQLHttp.SpecAccept,
            new Dictionary<string, string> { [GraphQLServerFactory.ContextHeader] = "customer 17" });

        Assert.Equal("{\"data\":{\"requestContext\":\"customer 17\"}}", response.Body);
    }

    [Fact]
    public async Task Get_ResolversGetTheRequestServices()
    {
        var response = await GraphQLHttp.GetAsync(_client, "?query=%7B%20prefix%20%7D");

        Assert.Equal("{\"data\":{\"prefix\":\"Dzień dobry\"}}", response.Body);
    }

    [Fact]
    public async Task Get_ResponseIsNotStored()
    {
        var response = await GraphQLHttp.GetAsync(_client, "?query=%7B%20hello%20%7D");

        Assert.Equal("no-store", response.Message.Headers.CacheControl?.ToString());
    }
}
