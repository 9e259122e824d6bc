using IBok.Web.GraphQL.WebSockets;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddIBokGraphQLWebSockets();
var app = builder.Build();

app.UseIBokGraphQLWebSockets("/graphql");

app.MapGet("/", () => Results.Text("iBOK — Internetowe Biuro Obsługi Klienta\n", "text/plain; charset=utf-8"));
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));

app.Logger.LogInformation("iBOK — Internetowe Biuro Obsługi Klienta is starting.");
app.Run();

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;
