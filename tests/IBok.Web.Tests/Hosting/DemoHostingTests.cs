using IBok.GraphQL.Application.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace IBok.Web.Tests.Hosting;

public sealed class DemoHostingTests
{
    [Fact]
    public async Task Startup_WithDemoEnabledOnAnEmptyDatabase_PrintsTheThreeLogins()
    {
        var folder = Directory.CreateTempSubdirectory("ibok-web-demo-").FullName;
        var today = new DateOnly(2026, 11, 21);
        var expected = DemoUtilityGenerator.Generate(new DemoOptions { Today = today, CustomerCount = 5 }).Logins.ToConsoleLines();
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(TextWriter.Synchronized(console));
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
                builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "ibok.db")};Pooling=False",
                    ["Demo:Enabled"] = "true",
                    ["Demo:CustomerCount"] = "5",
                    ["Demo:Today"] = "2026-11-21",
                })));
            using var client = factory.CreateClient();
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        }
        finally
        {
            Console.SetOut(original);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        var printed = console.ToString();
        Assert.Equal(4, expected.Count);
        Assert.All(expected, line => Assert.Contains(line, printed, StringComparison.Ordinal));
        Assert.Contains("Pracownik (operator):", printed, StringComparison.Ordinal);
    }
}
