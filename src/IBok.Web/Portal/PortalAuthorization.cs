using IBok.GraphQL.Persistence.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IBok.Web.Portal;

/// <summary>
/// Who may open which portal pages: customers everything but <c>/account</c> (anyone) and <c>/staff</c> (operators
/// and admins). A browser that is not signed in is sent to the sign-in page; everything that is not a portal page
/// (the API) keeps the authentication handlers' status codes.
/// </summary>
public static class PortalAuthorization
{
    /// <summary>The policy of customer pages.</summary>
    public const string CustomerPolicy = "PortalCustomer";

    /// <summary>The policy of the staff area.</summary>
    public const string StaffPolicy = "PortalStaff";

    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/account/sign-in";

    /// <summary>Adds the two policies.</summary>
    public static AuthorizationBuilder AddPortalPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(CustomerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(ViewerRole.Customer)))
        .AddPolicy(StaffPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(ViewerRole.Operator), nameof(ViewerRole.Admin)));

    /// <summary>The sign-in address that comes back to the request's page after signing in.</summary>
    public static string SignInUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        return returnUrl == "/" ? SignInPath : SignInPath + "?returnUrl=" + Uri.EscapeDataString(returnUrl);
    }

    /// <summary>Whether a return address is a path of this site (never another site: no open redirects).</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);
}

/// <summary>Redirects unauthenticated requests for portal pages to the sign-in page; other endpoints as usual.</summary>
internal sealed class PortalAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var isPage = context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;
        if (isPage && authorizeResult.Challenged)
        {
            context.Response.Redirect(PortalAuthorization.SignInUrl(context.Request));
            return Task.CompletedTask;
        }

        if (isPage && authorizeResult.Forbidden)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
