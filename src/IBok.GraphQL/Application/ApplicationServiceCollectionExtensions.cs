using IBok.GraphQL.Application.Cases;
using IBok.GraphQL.Application.Consents;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.DataChanges;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Notices;
using IBok.GraphQL.Application.Readings;
using IBok.GraphQL.Application.Refunds;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Application.WithoutAccount;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application;

/// <summary>Registers every application service the iBOK schema's resolvers use.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the application services of every feature (each feature's own <c>AddIBok…</c>); needs
    /// <c>AddIBokPersistence</c>. Accounts and mail are added by the host's authentication, which owns their options.
    /// </summary>
    public static IServiceCollection AddIBokApplication(this IServiceCollection services, AnonymousAccessOptions? anonymousAccess = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIBokCustomerReads();
        services.AddIBokReadings();
        services.AddIBokNotices();
        services.AddIBokCases();
        services.AddIBokConsents();
        services.AddIBokRefunds();
        services.AddIBokDataChanges();
        services.AddIBokWithoutAccount(anonymousAccess);
        services.AddIBokStaff();
        services.AddIBokDocuments();
        services.AddIBokDelivery();
        return services;
    }
}
