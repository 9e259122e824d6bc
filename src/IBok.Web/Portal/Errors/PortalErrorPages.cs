using Microsoft.AspNetCore.Diagnostics;

namespace IBok.Web.Portal.Errors;

/// <summary>
/// The portal's own 403, 404 and 500 pages (<c>Pages/Error.cshtml</c>, in the portal's layout and language) for
/// every path a person opens in a browser. Machine endpoints (<see cref="MachinePathPrefixes"/>) keep answering with
/// their own status codes and bodies: a program asking /graphql or /files for something missing must not get HTML.
/// </summary>
public static class PortalErrorPages
{
    /// <summary>The error page's route; <c>{0}</c> is the status code.</summary>
    public const string PathFormat = "/error/{0}";

    /// <summary>Paths served to programs, not people: the API, downloads, sign-in tokens, health, static files.</summary>
    public static readonly IReadOnlyList<string> MachinePathPrefixes = ["/graphql", "/files", "/auth", "/health", "/css", "/js"];

    /// <summary>Whether a request's path belongs to the pages people read (and so gets the portal's error pages).</summary>
    public static bool IsPortalPath(PathString path) =>
        !MachinePathPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Renders the portal's error page for an unhandled exception (status 500, never the exception's details) and for
    /// an empty error status (403, 404, …) on portal paths, by running the request again as <c>/error/{status}</c>.
    /// Call first in the pipeline, so the page passes through the security headers and the session again.
    /// </summary>
    public static WebApplication UseIBokPortalErrorPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // One handler for every path (a branch of the pipeline could not route the re-executed request);
        // MachineEndpointExceptionHandler answers the machine paths before the page would be rendered.
        app.UseExceptionHandler(string.Format(System.Globalization.CultureInfo.InvariantCulture, PathFormat, StatusCodes.Status500InternalServerError));
        app.UseStatusCodePagesWithReExecute(PathFormat);
        app.Use((context, next) =>
        {
            if (!IsPortalPath(context.Request.Path) && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            return next(context);
        });
        return app;
    }
}

/// <summary>
/// An unhandled exception on a machine path (<see cref="PortalErrorPages.MachinePathPrefixes"/>) ends as a bare 500,
/// the same in every environment: no HTML page for a program, and no exception details for anyone. The exception is
/// logged by the exception handler middleware before this runs.
/// </summary>
internal sealed class MachineEndpointExceptionHandler : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
        ValueTask.FromResult(!PortalErrorPages.IsPortalPath(httpContext.Request.Path));
}
