using IBok.GraphQL.Api;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Application;
using IBok.GraphQL.Application.WithoutAccount;
using IBok.Web.Auth;
using IBok.Web.Documents;
using IBok.Web.Files;
using IBok.Web.GraphQL;
using IBok.Web.GraphQL.WebSockets;
using IBok.Web.Portal;
using IBok.Web.Portal.Errors;

namespace IBok.Web.Hosting;

/// <summary>
/// The whole iBOK web host's services and request pipeline, in one place so <c>Program.cs</c> and the in-process
/// pipeline probe (bench/IBok.Benchmarks) run exactly the same middleware.
/// </summary>
public static class IBokWebApplication
{
    /// <summary>Registers every service of the web host from the builder's configuration.</summary>
    public static WebApplicationBuilder AddIBokWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddIBokDatabase(builder.Configuration);
        builder.Services.AddIBokApplication(builder.Configuration.GetSection(AnonymousAccessOptions.SectionName).Get<AnonymousAccessOptions>());
        builder.Services.AddIBokAuth(builder.Configuration);
        builder.Services.AddIBokDeliveryHosting(builder.Configuration);
        builder.Services.AddIBokEventBus();
        builder.Services.AddSingleton(IBokSchema.Instance);
        builder.Services.AddIBokGraphQLTransport();
        builder.Services.AddIBokGraphQLWebSockets();
        builder.Services.AddIBokPortal();
        return builder;
    }

    /// <summary>Builds the request pipeline and maps every endpoint (after <see cref="AddIBokWeb"/>).</summary>
    public static WebApplication UseIBokWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseIBokPortalErrorPages();
        app.UseIBokPortalStaticFiles();
        app.UseIBokAuth();
        app.UseIBokClientOrigin();
        app.UseIBokGraphQLWebSockets("/graphql");
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapIBokGraphQL("/graphql");
        app.MapIBokFiles();
        app.MapIBokDocuments();
        app.MapIBokPortal();
        return app;
    }
}
