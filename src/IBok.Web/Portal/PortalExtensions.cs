using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace IBok.Web.Portal;

/// <summary>The customer web portal (Razor Pages under <c>Pages/</c>): <c>AddIBokPortal</c> and <c>MapIBokPortal</c>.</summary>
public static class PortalExtensions
{
    /// <summary>
    /// Registers Razor Pages with the portal's folder authorization: customers everywhere, anyone under
    /// <c>/Account</c>, operators and admins under <c>/Staff</c>.
    /// </summary>
    public static IServiceCollection AddIBokPortal(this IServiceCollection services)
    {
        // Polish letters as themselves, not as &#x142; entities: lighter pages, readable source (the encoder still escapes markup).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAuthorizationBuilder().AddPortalPolicies();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PortalAuthorizationResultHandler>();
        services.AddOptions<UtilityOptions>().BindConfiguration(UtilityOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UtilityOptions>, UtilityOptionsValidator>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<UtilityOptions>>().Value);
        services.AddSingleton<PortalForcedPasswordChange>();
        services.AddExceptionHandler<Errors.MachineEndpointExceptionHandler>();
        services.AddRazorPages(options =>
        {
            // Policies on one page add up, so the staff area must not get the customers' policy as well.
            options.Conventions.AddFolderApplicationModelConvention("/", model =>
            {
                if (!model.ViewEnginePath.StartsWith("/Staff/", StringComparison.OrdinalIgnoreCase))
                {
                    model.EndpointMetadata.Add(new AuthorizeAttribute(PortalAuthorization.CustomerPolicy));
                }
            });
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Language");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AuthorizeFolder("/Staff", PortalAuthorization.StaffPolicy);
        });
        return services;
    }

    /// <summary>
    /// Adds the portal's security headers (every response outside <c>/graphql</c>) and serves <c>wwwroot/</c>. Call
    /// before <c>UseIBokAuth</c>: stylesheets and scripts need no session.
    /// </summary>
    public static WebApplication UseIBokPortalStaticFiles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UsePortalSecurityHeaders();
        app.UseStaticFiles();
        return app;
    }

    /// <summary>
    /// Adds authorization and the portal's pages. Call after <c>UseIBokAuth</c> (pages read
    /// the viewer it sets).
    /// </summary>
    public static WebApplication MapIBokPortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthorization();
        app.MapGet("/reset-password", (HttpContext context) =>
            Results.Redirect("/account/reset-password" + context.Request.QueryString)).AllowAnonymous();
        app.MapRazorPages();
        return app;
    }
}
