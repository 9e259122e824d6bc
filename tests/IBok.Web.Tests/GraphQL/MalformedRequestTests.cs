using System.Text;

namespace IBok.Web.Tests.GraphQL;

/// <summary>Requests that are not well-formed GraphQL-over-HTTP requests: each gets its exact status, message and code.</summary>
[Collection(GraphQLServerCollection.Name)]
public sealed class MalformedRequestTests(GraphQLServerFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("NONSENSE", "The request body is not valid JSON (line 1, byte 1).")]
    [InlineData("{\"query\":", "The request body is not valid JSON (line 1, byte 10).")]
    [InlineData("{\"query\": \"{ hello }\"} trailing", "The request body is not valid JSON (line 1, byte 24).")]
    [InlineData("{\n  \"query\": '{ hello }'\n}", "The request body is not valid JSON (line 2, byte 12).")]
    public async Task Post_InvalidJson_Is400(string body, string message)
    {
        var response = await GraphQLHttp.PostAsync(_client, body);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal(GraphQLHttp.RequestError(message, "BAD_REQUEST"), response.Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t")]
    public async Task Post_EmptyBody_Is400(string body)
    {
        var response = await GraphQLHttp.PostAsync(_client, body);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError("The request body is empty; send a JSON object with a \"query\".", "BAD_REQUEST"), response.Body);
    }

    [Fact]
    public async Task Post_InvalidUtf8_Is400()
    {
        byte[] body = [.. "{\"query\":\"{ hello(name: \\\""u8, 0xC3, 0x28, .. "\\\") }\"}"u8];

        var response = await GraphQLHttp.SendAsync(_client, HttpMethod.Post, GraphQLHttp.Path, new ByteArrayContent(body), "application/json", GraphQLHttp.SpecAccept);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError("The request body is not valid UTF-8.", "BAD_REQUEST"), response.Body);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"{ hello }\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("true", "a boolean")]
    [InlineData("null", "null")]
    public async Task Post_BodyNotAnObject_Is422(string body, string kind)
    {
        var response = await GraphQLHttp.PostAsync(_client, body);

        Assert.Equal(422, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal(GraphQLHttp.RequestError($"The request body must be a JSON object with a \"query\", not {kind}.", "BAD_REQUEST"), response.Body);
    }

    [Theory]
    [InlineData("{\"qeury\":\"{ hello }\"}")]
    [InlineData("{\"query\":null}")]
    [InlineData("{\"query\":\"\"}")]
    [InlineData("{}")]
    public async Task Post_MissingQuery_Is422(string body)
    {
        var response = await GraphQLHttp.PostAsync(_client, body);

        Assert.Equal(422, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError("The query is missing.", "BAD_REQUEST"), response.Body);
    }

    [Theory]
    [InlineData("{\"query\":1}", "The \"query\" parameter must be a string, not a number.")]
    [InlineData("{\"query\":{\"text\":\"{ hello }\"}}", "The \"query\" parameter must be a string, not an object.")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":[\"A\"]}", "The \"operationName\" parameter must be a string, not an array.")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[7]}", "The \"variables\" parameter must be a JSON object, not an array.")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"{}\"}", "The \"variables\" parameter must be a JSON object, not a string.")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":true}", "The \"extensions\" parameter must be a JSON object, not a boolean.")]
    public async Task Post_ParameterOfTheWrongType_Is422(string body, string message)
    {
        var response = await GraphQLHttp.PostAsync(_client, body);

        Assert.Equal(422, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError(message, "BAD_REQUEST"), response.Body);
    }

    [Theory]
    [InlineData("text/plain", "The Content-Type \"text/plain\" is not supported; send the body as application/json.")]
    [InlineData("application/x-www-form-urlencoded", "The Content-Type \"application/x-www-form-urlencoded\" is not supported; send the body as application/json.")]
    [InlineData("application/graphql", "The Content-Type \"application/graphql\" is not supported; send the body as application/json.")]
    [InlineData("application/json; charset=utf-16", "The charset \"utf-16\" is not supported; send the body as application/json in UTF-8.")]
    [InlineData("application/json; charset=\"iso-8859-2\"", "The charset \"iso-8859-2\" is not supported; send the body as application/json in UTF-8.")]
    public async Task Post_UnsupportedContentType_Is415(string contentType, string message)
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello }\"}", contentType);

        Assert.Equal(415, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal(GraphQLHttp.RequestError(message, "UNSUPPORTED_MEDIA_TYPE"), response.Body);
    }

    [Fact]
    public async Task Post_NoContentType_Is415()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello }\"}", contentType: null);

        Assert.Equal(415, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError("The request has no Content-Type; send the body as application/json.", "UNSUPPORTED_MEDIA_TYPE"), response.Body);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task Post_Utf8JsonContentTypes_AreAccepted(string contentType)
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello(name: \\\"Zażółć\\\") }\"}", contentType);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, Zażółć!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_BodyWithByteOrderMark_IsAccepted()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. "{\"query\":\"{ hello }\"}"u8];

        var response = await GraphQLHttp.SendAsync(_client, HttpMethod.Post, GraphQLHttp.Path, new ByteArrayContent(body), "application/json", GraphQLHttp.SpecAccept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        var response = await GraphQLHttp.PostAsync(_client, BodyOfLength(GraphQLServerFactory.MaxRequestBytes + 1));

        Assert.Equal(413, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal(GraphQLHttp.RequestError("The request body is larger than the limit of 2048 bytes.", "REQUEST_TOO_LARGE"), response.Body);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Is413()
    {
        var content = new GraphQLHttp.UnknownLengthContent(Encoding.UTF8.GetBytes(BodyOfLength(GraphQLServerFactory.MaxRequestBytes * 3)));

        var response = await GraphQLHttp.SendAsync(_client, HttpMethod.Post, GraphQLHttp.Path, content, "application/json", GraphQLHttp.SpecAccept);

        Assert.Equal(413, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError("The request body is larger than the limit of 2048 bytes.", "REQUEST_TOO_LARGE"), response.Body);
    }

    [Fact]
    public async Task Post_ChunkedBodyAtTheLimit_IsExecuted()
    {
        var content = new GraphQLHttp.UnknownLengthContent(Encoding.UTF8.GetBytes(BodyOfLength(GraphQLServerFactory.MaxRequestBytes)));

        var response = await GraphQLHttp.SendAsync(_client, HttpMethod.Post, GraphQLHttp.Path, content, "application/json", GraphQLHttp.SpecAccept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task UnsupportedMethod_Is405WithAllow(string method)
    {
        var response = await GraphQLHttp.SendAsync(
            _client, new HttpMethod(method), GraphQLHttp.Path, new StringContent("{\"query\":\"{ hello }\"}"), "application/json", GraphQLHttp.SpecAccept);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("GET, POST", response.Allow);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Equal(GraphQLHttp.RequestError($"The HTTP method {method} is not supported; use GET or POST.", "METHOD_NOT_ALLOWED"), response.Body);
    }

    [Theory]
    [InlineData("?query=mutation%20%7B%20setGreeting(text%3A%20%22hi%22)%20%7D")]
    [InlineData("?query=query%20A%20%7B%20hello%20%7D%20mutation%20B%20%7B%20setGreeting(text%3A%20%22hi%22)%20%7D&operationName=B")]
    public async Task Get_Mutation_Is405WithAllowPost(string queryString)
    {
        var response = await GraphQLHttp.GetAsync(_client, queryString);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
        Assert.Contains("\"message\":\"Mutations cannot be sent with GET (a read-only transport); use POST.\"", response.Body, StringComparison.Ordinal);
        Assert.Contains("\"extensions\":{\"code\":\"OPERATION_NOT_ALLOWED\"}", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MutationDocumentRunningItsQuery_IsExecuted()
    {
        var response = await GraphQLHttp.GetAsync(
            _client, "?query=query%20A%20%7B%20hello%20%7D%20mutation%20B%20%7B%20setGreeting(text%3A%20%22hi%22)%20%7D&operationName=A");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", response.Body);
    }

    [Theory]
    [InlineData("?query=%7B%20hello%20%7D&variables=%7Bnope", "The \"variables\" parameter is not valid JSON (line 1, byte 2).", 400)]
    [InlineData("?query=%7B%20hello%20%7D&extensions=%5B", "The \"extensions\" parameter is not valid JSON (line 1, byte 2).", 400)]
    [InlineData("?query=%7B%20hello%20%7D&variables=%5B7%5D", "The \"variables\" parameter must be a JSON object, not an array.", 422)]
    [InlineData("?query=%7B%20hello%20%7D&extensions=1", "The \"extensions\" parameter must be a JSON object, not a number.", 422)]
    [InlineData("?query=%7B%20hello%20%7D&query=%7B%20slow%20%7D", "The \"query\" parameter must be given once, not 2 times.", 422)]
    [InlineData("?operationName=A", "The query is missing.", 422)]
    [InlineData("?query=", "The query is missing.", 422)]
    [InlineData("", "The query is missing.", 422)]
    public async Task Get_MalformedParameters_AreRefused(string queryString, string message, int statusCode)
    {
        var response = await GraphQLHttp.GetAsync(_client, queryString);

        Assert.Equal(statusCode, response.StatusCode);
        Assert.Equal(GraphQLHttp.RequestError(message, "BAD_REQUEST"), response.Body);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/*;q=0.5")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    [InlineData("application/graphql-response+json; charset=iso-8859-1")]
    public async Task Post_UnacceptableAccept_Is406AsPlainJson(string accept)
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello }\"}", accept: accept);

        Assert.Equal(406, response.StatusCode);
        Assert.Equal(GraphQLHttp.Json, response.ContentType);
        Assert.Equal(
            GraphQLHttp.RequestError(
                "The Accept header allows none of the response media types; accept application/graphql-response+json or application/json.",
                "NOT_ACCEPTABLE"),
            response.Body);
    }

    [Fact]
    public async Task Post_DocumentThatDoesNotParse_Is400()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{\"}");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(
            "{\"errors\":[{\"message\":\"Syntax Error: Expected Name, found <EOF>.\",\"locations\":[{\"line\":1,\"column\":2}],\"extensions\":{\"code\":\"GRAPHQL_PARSE_FAILED\"}}]}",
            response.Body);
    }

    [Fact]
    public async Task Post_NoStackTraceOrExceptionDetail_EverReachesTheClient()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ boom }\"}");

        Assert.DoesNotContain(GraphQLTestSchema.SecretFailure, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
    }

    /// <summary>A valid request for <c>{ hello }</c> padded with spaces to exactly <paramref name="length"/> bytes.</summary>
    private static string BodyOfLength(long length)
    {
        const string Body = "{\"query\":\"{ hello }\"}";
        return Body + new string(' ', (int)length - Body.Length);
    }
}
