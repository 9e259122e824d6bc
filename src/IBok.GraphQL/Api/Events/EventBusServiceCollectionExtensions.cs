using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Api.Events;

/// <summary>Registers the event bus of GraphQL subscriptions.</summary>
public static class EventBusServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InProcessEventBus"/> as the singleton <see cref="IEventBus"/> (options from the
    /// configuration section <c>GraphQL:Events</c>) unless another bus is registered already; safe to call twice.
    /// </summary>
    public static IServiceCollection AddIBokEventBus(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InProcessEventBusOptions>().BindConfiguration("GraphQL:Events");
        services.TryAddSingleton<IEventBus, InProcessEventBus>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="PostgresEventBus"/> over the database of <paramref name="connectionString"/> as the
    /// singleton <see cref="IEventBus"/> and as the hosted service that keeps its listening connection (reconnection
    /// settings from the configuration section <c>GraphQL:Events:Postgres</c>, subscriber buffers from
    /// <c>GraphQL:Events</c>). Call it before <see cref="AddIBokEventBus"/>, whose in-process bus then yields.
    /// </summary>
    public static IServiceCollection AddIBokPostgresEventBus(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddOptions<InProcessEventBusOptions>().BindConfiguration("GraphQL:Events");
        services.AddOptions<PostgresEventBusOptions>()
            .BindConfiguration("GraphQL:Events:Postgres")
            .PostConfigure(options => options.ConnectionString = connectionString);
        services.TryAddSingleton(provider => new PostgresEventBus(
            provider.GetRequiredService<IOptions<PostgresEventBusOptions>>().Value,
            provider.GetRequiredService<IOptions<InProcessEventBusOptions>>(),
            provider.GetService<ILoggerFactory>()));
        services.TryAddSingleton<IEventBus>(provider => provider.GetRequiredService<PostgresEventBus>());
        services.AddHostedService(provider => provider.GetRequiredService<PostgresEventBus>());
        return services;
    }
}
