using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IBok.Web.GraphQL;

/// <summary>
/// Our small GraphQL IDE: one page and its script and style, embedded in this assembly and served under
/// <c>{endpoint}/ide/</c>. Nothing comes from elsewhere and nothing is inline, so every response carries a
/// strict <see cref="ContentSecurityPolicy"/>.
/// </summary>
public sealed class GraphQLIde
{
    /// <summary>The Content-Security-Policy of the IDE's responses: only our own origin, no inline code, no framing.</summary>
    public const string ContentSecurityPolicy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The path segment under the endpoint that holds the IDE's files.</summary>
    public const string AssetsSegment = "ide";

    private const string EndpointPlaceholder = "{{endpoint}}";
    private const string ResourcePrefix = "IBok.Web.GraphQL.Ide.";

    private readonly Dictionary<string, IdeFile> _assets;

    /// <summary>Loads the IDE for the GraphQL endpoint at <paramref name="endpointPath"/> (e.g. <c>/graphql</c>).</summary>
    public GraphQLIde(string endpointPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpointPath);
        var html = ReadResource("index.html").Replace(EndpointPlaceholder, HtmlEncoder.Default.Encode(endpointPath), StringComparison.Ordinal);
        Page = new IdeFile(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
        _assets = new Dictionary<string, IdeFile>(StringComparer.Ordinal)
        {
            ["ide.js"] = new(Encoding.UTF8.GetBytes(ReadResource("ide.js")), "text/javascript; charset=utf-8"),
            ["ide.css"] = new(Encoding.UTF8.GetBytes(ReadResource("ide.css")), "text/css; charset=utf-8"),
        };
    }

    /// <summary>The IDE page.</summary>
    public IResult Page { get; }

    /// <summary>The IDE file named <paramref name="name"/> (<c>ide.js</c>, <c>ide.css</c>), or 404.</summary>
    public IResult Asset(string name) =>
        _assets.TryGetValue(name, out var file) ? file : Results.NotFound();

    private static string ReadResource(string name)
    {
        using var stream = typeof(GraphQLIde).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The GraphQL IDE resource {ResourcePrefix + name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private sealed class IdeFile(byte[] content, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.ContentLength = content.Length;
            var headers = response.Headers;
            headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers[HeaderNames.CacheControl] = "no-cache";
            headers[HeaderNames.Vary] = HeaderNames.Accept;
            return response.Body.WriteAsync(content, httpContext.RequestAborted).AsTask();
        }
    }
}
