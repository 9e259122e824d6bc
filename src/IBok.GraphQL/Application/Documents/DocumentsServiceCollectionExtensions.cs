using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.GraphQL.Application.Documents;

/// <summary>Registers the printable documents.</summary>
public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IInvoiceDocuments"/> (scoped, reading through the request's database context). The seller of
    /// interest notes comes from the billing options (<c>IBok:Billing</c>, defaults when unbound).
    /// </summary>
    public static IServiceCollection AddIBokDocuments(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddScoped<IInvoiceDocuments, InvoiceDocuments>();
        return services;
    }
}
