using IBok.GraphQL.Persistence;
using IBok.Web.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddIBokPersistence(builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions());
builder.Services.AddIBokAuth(builder.Configuration);
var app = builder.Build();
app.UseIBokAuth();

app.MapGet("/", () => Results.Text("iBOK — Internetowe Biuro Obsługi Klienta\n", "text/plain; charset=utf-8"));
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));

app.Logger.LogInformation("iBOK — Internetowe Biuro Obsługi Klienta is starting.");
app.Run();

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;
