namespace IBok.Web.GraphQL;

/// <summary>
/// The <c>extensions.code</c> values of errors the HTTP transport answers before a request reaches the engine
/// (malformed JSON and parameters use the engine's <see cref="IBok.GraphQL.Server.ServerErrorCodes.BadRequest"/>).
/// </summary>
public static class TransportErrorCodes
{
    /// <summary>An HTTP method other than GET or POST (405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The <c>Accept</c> header admits none of the response media types (406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>A POST body that is not <c>application/json</c> in UTF-8 (415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>A POST body over <see cref="GraphQLTransportOptions.MaxRequestBytes"/> (413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
}
