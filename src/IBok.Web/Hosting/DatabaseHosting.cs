using IBok.GraphQL.Api.Events;
using IBok.GraphQL.Persistence;

namespace IBok.Web.Hosting;

/// <summary>The host's database: options from configuration, schema upgrade at start-up.</summary>
public static class DatabaseHosting
{
    /// <summary>
    /// Registers iBOK's persistence for the <c>Database</c> configuration section (provider and connection
    /// string); without one, the embedded SQLite file under <c>data/</c>. On PostgreSQL it also registers the
    /// <see cref="PostgresEventBus"/>, so subscription events reach every server instance sharing the database
    /// (call it before <c>AddIBokEventBus</c>, whose in-process bus then yields).
    /// </summary>
    public static IServiceCollection AddIBokDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddIBokPersistence(options);
        return options.IsPostgreSql ? services.AddIBokPostgresEventBus(options.ConnectionString) : services;
    }

    /// <summary>Brings the database to the newest schema before the server takes requests.</summary>
    public static async Task MigrateIBokDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IBokDbContext>();
        var applied = await SchemaMigrator.MigrateAsync(context, cancellationToken: cancellationToken);
        var provider = SchemaMigrator.ProviderOf(context);
        if (applied.Count > 0)
        {
            app.Logger.LogInformation(
                "Database ({Provider}) upgraded to schema version {Version} (applied {Applied}).",
                provider, applied[^1], string.Join(", ", applied));
        }
        else
        {
            app.Logger.LogInformation("Database ({Provider}) is at schema version {Version}.", provider, SchemaMigrator.LatestVersion(provider));
        }
    }
}
