using IBok.GraphQL.Application.Delivery.Sms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.GraphQL.Application.Delivery;

/// <summary>Registers the delivery use cases (the host adds the background services that drive them).</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the outbox writer, dispatcher, daily run and staff view, with the default options and the logging SMS gateway
    /// unless others are registered first.
    /// </summary>
    public static IServiceCollection AddIBokDelivery(this IServiceCollection services, DeliveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new DeliveryOptions());
        services.TryAddSingleton<ISmsGateway, LoggingSmsGateway>();
        services.TryAddScoped<NoticeOutbox>();
        services.TryAddScoped<OutboxDispatcher>();
        services.TryAddScoped<DailyNoticeRun>();
        services.TryAddScoped<DeliveryStaff>();
        return services;
    }
}
