using System.Text;

namespace IBok.Web.Tests.GraphQL;

/// <summary>
/// The POST body's <c>query</c> is read as UTF-8 straight from the body: escaped and unescaped spellings of one
/// document must run alike and share one cache entry, and the response carries its exact Content-Length.
/// </summary>
[Collection(GraphQLServerCollection.Name)]
public sealed class QueryTextEncodingTests(GraphQLServerFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_QueryWithJsonEscapes_RunsTheUnescapedDocument()
    {
        // "\u007b" is "{", "\n" a line break and "\u0142" the "ł" of the string argument.
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"\\u007b\\n  hello(name: \\\"\\u0141\\u00f3d\\u017a\\\")\\n}\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Łódź!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_QueryWithRawMultibyteText_RunsAsSent()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello(name: \\\"Bydgoszcz–Łódź\\\") }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Bydgoszcz–Łódź!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_QueryWithEscapedLoneSurrogate_Is400WithAClearError()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello(name: \\\"\\ud800\\\") }\"}");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError("The \"query\" parameter is not valid Unicode text.", "BAD_REQUEST"), response.Body);
    }

    [Theory]
    [InlineData("{\"operationName\":\"Greet\",\"query\":\"query Other { a: hello } query Greet { hello }\",\"variables\":null,\"extensions\":null}")]
    [InlineData("{\"query\":\"query Other { a: hello } query Greet { hello }\",\"comment\":{\"tags\":[1,\"x\",null]},\"operationName\":\"\\u0047reet\"}")]
    [InlineData("{\"qu\\u0065ry\":\"query Other { a: hello }\\nquery Greet { hello }\",\"operationName\":\"Greet\"}  \r\n")]
    public async Task Post_PlainBodies_RunTheNamedOperation(string body)
    {
        var response = await GraphQLHttp.PostAsync(_client, body);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_QueryGivenTwice_RunsTheLastOne()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ a: hello }\",\"query\":\"{ hello(name: \\\"Gdańsk\\\") }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Gdańsk!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_VariablesObject_AreUsed()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"query($n: String) { hello(name: $n) }\",\"variables\":{\"n\":\"Sopot\"}}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Sopot!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_Response_HasContentLengthOfItsBody()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello }\"}");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(Encoding.UTF8.GetByteCount(response.Body), response.Message.Content.Headers.ContentLength);
        Assert.Null(response.Message.Headers.TransferEncodingChunked);
    }
}
