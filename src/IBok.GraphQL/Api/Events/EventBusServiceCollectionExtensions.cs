using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
}
