using IBok.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddIBokWeb();
var app = builder.Build();

await app.MigrateIBokDatabaseAsync();
await app.SeedIBokDemoDataAsync();

app.UseIBokWeb();

app.Logger.LogInformation("iBOK — Internetowe Biuro Obsługi Klienta is starting.");
await app.RunAsync();

/// <summary>The web host's entry point; public so integration tests can host it.</summary>
public partial class Program;
