using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.Mail;
using IBok.Web.GraphQL.WebSockets;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IBok.Web.Auth;

/// <summary>Sign-in and access for the host: <c>AddIBokAuth</c> in services, <c>UseIBokAuth</c> in the pipeline.</summary>
public static class AuthExtensions
{
    /// <summary>How long a browser session lasts without use (each request made in its second half renews it).</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromMinutes(30);

    /// <summary>How long a bearer token from the signIn mutation works.</summary>
    public static readonly TimeSpan BearerTokenLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// Adds the account use cases (options from the <c>Accounts</c> section), the e-mail sender (<c>Mail</c>
    /// section), and authentication: a policy scheme that picks the API key scheme for requests with
    /// <c>X-Api-Key</c>, the bearer token scheme for <c>Authorization: Bearer</c>, and the session cookie otherwise.
    /// Needs the persistence services (<c>AddIBokPersistence</c>).
    /// </summary>
    public static IServiceCollection AddIBokAuth(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHttpContextAccessor();
        services.AddIBokAccounts(configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>());
        services.AddIBokMail(configuration.GetSection(PickupFolderEmailOptions.SectionName).Get<PickupFolderEmailOptions>());
        services.AddScoped<ISignInSession, HttpSignInSession>();
        // Production cookies are __Host- prefixed and always Secure. Only a developer running the product on plain
        // http://localhost (the launch profile sets Auth:RequireHttps=false) gets unprefixed cookies that follow the
        // request's scheme: ASP.NET Core antiforgery refuses to issue an always-Secure token over plain http.
        var requireHttps = configuration.GetValue("Auth:RequireHttps", defaultValue: true);
        var cookiePrefix = requireHttps ? "__Host-" : "";
        var cookieSecurity = requireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        // The WebSocket transport only adds its anonymous authenticator when none is registered.
        services.AddSingleton<IGraphQLWebSocketAuthenticator, SessionWebSocketAuthenticator>();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AuthSchemes.CsrfHeader;
            options.Cookie.Name = cookiePrefix + "ibok-csrf";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });
        services.AddAuthentication(AuthSchemes.Policy)
            .AddPolicyScheme(AuthSchemes.Policy, "iBOK", options => options.ForwardDefaultSelector = AuthSchemes.Select)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = cookiePrefix + AuthSchemes.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = cookieSecurity;
                // Lax, not Strict: a link to iBOK from an e-mail should arrive signed in; mutations are covered by the CSRF header.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.Path = "/";
                options.ExpireTimeSpan = CookieLifetime;
                options.SlidingExpiration = true;
                // An API answers with status codes; redirecting to a sign-in page is the web UI's business.
                options.Events.OnRedirectToLogin = context => StatusOnly(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => StatusOnly(context, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(AuthSchemes.Bearer, options => options.BearerTokenExpiration = BearerTokenLifetime)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);
        services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, BearerTicketCache.Setup>();
        return services;
    }

    /// <summary>
    /// Authenticates each request, sets its viewer and checks CSRF tokens (<see cref="ViewerMiddleware"/>), and maps
    /// <c>GET /auth/csrf</c>, which hands a cookie session its antiforgery token.
    /// </summary>
    public static WebApplication UseIBokAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.Use(ViewerMiddleware.SetViewerAsync);
        app.MapGet("/auth/csrf", IssueCsrfToken);
        return app;
    }

    private static IResult IssueCsrfToken(HttpContext context, IAntiforgery antiforgery) =>
        Results.Json(new { token = antiforgery.GetAndStoreTokens(context).RequestToken, header = AuthSchemes.CsrfHeader });

    private static Task StatusOnly<TOptions>(Microsoft.AspNetCore.Authentication.RedirectContext<TOptions> context, int statusCode)
        where TOptions : AuthenticationSchemeOptions
    {
        context.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
