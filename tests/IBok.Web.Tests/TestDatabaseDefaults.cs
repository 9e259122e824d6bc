using System.Runtime.CompilerServices;

namespace IBok.Web.Tests;

/// <summary>
/// Points every host this test process starts at its own SQLite file in a temporary folder, so tests never touch
/// the developer's data/ibok.db (the host reads <c>Database__ConnectionString</c> from the environment), without
/// demo data (<c>Demo__Enabled</c>).
/// </summary>
internal static class TestDatabaseDefaults
{
    [ModuleInitializer]
    internal static void UseTemporaryDatabase()
    {
        if (Environment.GetEnvironmentVariable("Database__ConnectionString") is null)
        {
            var folder = Directory.CreateTempSubdirectory("ibok-web-tests-").FullName;
            Environment.SetEnvironmentVariable("Database__ConnectionString", $"Data Source={Path.Combine(folder, "ibok.db")}");
        }

        // Hosts started by tests skip the 200-customer demo data; DemoHostingTests turns it on with a small count.
        Environment.SetEnvironmentVariable("Demo__Enabled", "false");
    }
}
