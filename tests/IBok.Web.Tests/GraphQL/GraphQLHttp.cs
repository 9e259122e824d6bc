using System.Net;
using System.Text;

namespace IBok.Web.Tests.GraphQL;

/// <summary>What a test needs to see of a response.</summary>
public sealed record GraphQLHttpResponse(int StatusCode, string? ContentType, string Body, string? Allow, HttpResponseMessage Message);

/// <summary>Requests to the GraphQL endpoint as a client would send them.</summary>
public static class GraphQLHttp
{
    public const string Path = "/graphql";
    public const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";
    public const string SpecAccept = "application/graphql-response+json";

    public static Task<GraphQLHttpResponse> PostAsync(HttpClient client, string body, string? contentType = "application/json", string? accept = SpecAccept) =>
        SendAsync(client, HttpMethod.Post, Path, new ByteArrayContent(Encoding.UTF8.GetBytes(body)), contentType, accept);

    public static Task<GraphQLHttpResponse> GetAsync(HttpClient client, string queryString, string? accept = SpecAccept) =>
        SendAsync(client, HttpMethod.Get, Path + queryString, null, null, accept);

    public static async Task<GraphQLHttpResponse> SendAsync(
        HttpClient client,
        HttpMethod method,
        string path,
        HttpContent? content,
        string? contentType,
        string? accept,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (content is not null)
        {
            content.Headers.Remove("Content-Type");
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            request.Content = content;
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLHttpResponse(
            (int)response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            body,
            response.Content.Headers.Allow.Count == 0 ? null : string.Join(", ", response.Content.Headers.Allow),
            response);
    }

    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body the server sends for one error with a code and no data.</summary>
    public static string RequestError(string message, string code) =>
        "{\"errors\":[{\"message\":" + System.Text.Json.JsonSerializer.Serialize(message, RelaxedJson) + ",\"extensions\":{\"code\":\"" + code + "\"}}]}";

    /// <summary>A body whose length the client does not announce (chunked), to test the limit while streaming.</summary>
    public sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
