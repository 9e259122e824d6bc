namespace IBok.Web.Portal;

/// <summary>
/// Security headers on every response outside the GraphQL endpoint (whose IDE page brings its own policy): a
/// Content-Security-Policy allowing scripts, styles and connections only from the portal itself (no inline code),
/// no framing, no MIME sniffing, and no referrer sent to other sites.
/// </summary>
public static class PortalSecurityHeaders
{
    /// <summary>The Content-Security-Policy of portal pages.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>Adds the headers to responses of paths outside <paramref name="graphQLPath"/>.</summary>
    public static IApplicationBuilder UsePortalSecurityHeaders(this IApplicationBuilder app, string graphQLPath = "/graphql") =>
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(graphQLPath, StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    // A download endpoint sets its own, stricter sandboxing policy; the portal's must not widen it.
                    if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                    {
                        headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    }

                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "same-origin";
                    headers["Cross-Origin-Opener-Policy"] = "same-origin";
                    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
}
