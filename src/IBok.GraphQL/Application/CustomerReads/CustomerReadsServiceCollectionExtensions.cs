using IBok.GraphQL.Application.CustomerReads.Loaders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Application.CustomerReads;

/// <summary>Registers the read side of the customer features (one set of services and DataLoaders per request).</summary>
public static class CustomerReadsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the customer read services; needs <c>AddIBokPersistence</c> (the context and the viewer). The cache's bounds
    /// come from the configuration section <c>CustomerReadCache</c> when an <see cref="IConfiguration"/> is registered,
    /// validated at start-up.
    /// </summary>
    public static IServiceCollection AddIBokCustomerReads(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UtilityCalendar>();
        services.AddOptions<CustomerReadCacheOptions>()
            .Configure<IServiceProvider>((options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(CustomerReadCacheOptions.SectionName).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CustomerReadCacheOptions>, CustomerReadCacheOptionsValidator>());
        services.TryAddSingleton<CustomerReadCache>();
        services.TryAddScoped<ReadDatabase>();
        services.TryAddScoped<RequestCustomers>();
        services.TryAddScoped<CustomerSettlements>();
        services.TryAddScoped<CustomerLookup>();
        services.TryAddScoped(typeof(RowByIdLoader<>));
        services.TryAddScoped<CustomerVersionByIdLoader>();
        services.TryAddScoped<PremisesByCustomerLoader>();
        services.TryAddScoped<ContractsByCustomerLoader>();
        services.TryAddScoped<ConsentsByCustomerLoader>();
        services.TryAddScoped<InterestNotesByCustomerLoader>();
        services.TryAddScoped<CasesByCustomerLoader>();
        services.TryAddScoped<MetersByCustomerLoader>();
        services.TryAddScoped<LastReadingsByCustomerLoader>();
        services.TryAddScoped<ReadingsByCustomerLoader>();
        services.TryAddScoped<InvoicesByCustomerLoader>();
        services.TryAddScoped<LedgerEntriesByCustomerLoader>();
        services.TryAddScoped<InvoiceLinesByInvoiceLoader>();
        services.TryAddScoped<InvoiceVatSummaryByInvoiceLoader>();
        services.TryAddScoped<NoticesByCustomerLoader>();
        return services;
    }
}
