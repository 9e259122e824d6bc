using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace IBok.Web.GraphQL;

/// <summary>What a GET or POST to the endpoint may answer with.</summary>
public enum GraphQLResponseMediaType
{
    /// <summary>Nothing the client accepts (406).</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>, the server's preferred type.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, for legacy clients (GraphQL over HTTP, "legacy client").</summary>
    Json,

    /// <summary><c>text/html</c>: the GraphQL IDE (only offered for GET).</summary>
    Html,
}

/// <summary>
/// The media types of GraphQL over HTTP ("Media Types") and content negotiation on <c>Accept</c>
/// (RFC 9110 section 12.5.1: the most specific matching range gives a type its quality; quality 0 refuses it).
/// </summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The JSON media type (requests, and responses to legacy clients).</summary>
    public const string Json = "application/json";

    /// <summary>The response Content-Type for <see cref="GraphQLResponseMediaType.GraphQLResponseJson"/>.</summary>
    public const string GraphQLResponseJsonUtf8 = GraphQLResponseJson + "; charset=utf-8";

    /// <summary>The response Content-Type for <see cref="GraphQLResponseMediaType.Json"/>.</summary>
    public const string JsonUtf8 = Json + "; charset=utf-8";

    private const string Html = "text/html";

    /// <summary>
    /// The response type for the <c>Accept</c> header values <paramref name="accept"/>: the acceptable type with
    /// the highest quality, ties going to the server's order (GraphQL response JSON, JSON, HTML). No (or an
    /// unparsable) <c>Accept</c> header gets <see cref="GraphQLResponseMediaType.Json"/>, what a client that
    /// predates the GraphQL media type expects.
    /// </summary>
    public static GraphQLResponseMediaType Negotiate(StringValues accept, bool offerHtml)
    {
        // What GraphQL clients send nearly always: one of the two types alone, answered without parsing the header.
        if (accept.Count == 1 && accept[0] is { } single)
        {
            if (string.Equals(single, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseMediaType.GraphQLResponseJson;
            }

            if (string.Equals(single, Json, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseMediaType.Json;
            }
        }

        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return GraphQLResponseMediaType.Json;
        }

        var best = GraphQLResponseMediaType.None;
        var bestQuality = 0.0;
        Consider(GraphQLResponseMediaType.GraphQLResponseJson, "application", "graphql-response+json");
        Consider(GraphQLResponseMediaType.Json, "application", "json");
        if (offerHtml)
        {
            Consider(GraphQLResponseMediaType.Html, "text", "html");
        }

        return best;

        void Consider(GraphQLResponseMediaType candidate, string type, string subtype)
        {
            var quality = QualityOf(ranges, type, subtype);
            if (quality > bestQuality)
            {
                best = candidate;
                bestQuality = quality;
            }
        }
    }

    /// <summary>The Content-Type header value of <paramref name="mediaType"/> when the response status is <paramref name="statusCode"/>.</summary>
    /// <remarks>
    /// GraphQL over HTTP, "Body": a legacy client's request is answered as if it accepted the GraphQL response
    /// type, "except any response that produces a 2xx status code should replace the Content-Type header with
    /// Content-Type: application/json".
    /// </remarks>
    public static string ContentTypeFor(GraphQLResponseMediaType mediaType, int statusCode) =>
        mediaType == GraphQLResponseMediaType.Json && statusCode is >= 200 and < 300 ? JsonUtf8 : GraphQLResponseJsonUtf8;

    private static double QualityOf(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        // Specificity: 2 = type/subtype, 1 = type/*, 0 = */*; the most specific matching range decides.
        var bestSpecificity = -1;
        var quality = 0.0;
        foreach (var range in ranges)
        {
            var specificity = Specificity(range, type, subtype);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1.0;
            }
        }

        return quality;
    }

    private static int Specificity(MediaTypeHeaderValue range, string type, string subtype)
    {
        if (!IsUtf8OrUnspecified(range.Charset))
        {
            return -1;
        }

        if (range.MatchesAllTypes)
        {
            return 0;
        }

        if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        if (range.MatchesAllSubTypes)
        {
            return 1;
        }

        return range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }

    /// <summary>Whether a <c>charset</c> parameter allows UTF-8 (absent means UTF-8 for the GraphQL media types).</summary>
    public static bool IsUtf8OrUnspecified(StringSegment charset)
    {
        if (StringSegment.IsNullOrEmpty(charset))
        {
            return true;
        }

        var value = HeaderUtilities.RemoveQuotes(charset);
        return value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || value.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
