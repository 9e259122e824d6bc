using IBok.GraphQL.Api;
using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Application;
using IBok.GraphQL.Application.WithoutAccount;
using IBok.Web.Auth;
using IBok.Web.Documents;
using IBok.Web.Files;
using IBok.Web.GraphQL;
using IBok.Web.GraphQL.WebSockets;
using IBok.Web.Hosting;
using IBok.Web.Portal;
using IBok.Web.Portal.Errors;

var builder = WebApplication.CreateBuilder(args);
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
var app = builder.Build();

await app.MigrateIBokDatabaseAsync();
await app.SeedIBokDemoDataAsync();

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

app.Logger.LogInformation("iBOK — Internetowe Biuro Obsługi Klienta is starting.");
await app.RunAsync();

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;
