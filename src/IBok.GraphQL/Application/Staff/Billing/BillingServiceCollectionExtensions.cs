using IBok.GraphQL.Application.Staff.Tariffs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application.Staff.Billing;

/// <summary>Registers billing runs and tariff management.</summary>
public static class BillingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BillingRun"/> and <see cref="TariffManagement"/> (scoped) and <see cref="BillingOptions"/>, bound
    /// from the configuration section <see cref="BillingOptions.SectionName"/> when the host has a configuration.
    /// </summary>
    public static IServiceCollection AddIBokBillingAndTariffs(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BillingOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(BillingOptions.SectionName).Bind(options));
        services.AddScoped<BillingRun>();
        services.AddScoped<TariffManagement>();
        return services;
    }
}
