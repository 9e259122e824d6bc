using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application;

/// <summary>Registers every application service the iBOK schema's resolvers use.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the application services of every feature (each feature's own <c>AddIBok…</c>); needs
    /// <c>AddIBokPersistence</c>. Accounts and mail are added by the host's authentication, which owns their options.
    /// </summary>
    public static IServiceCollection AddIBokApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddIBokCustomerReads();
        services.AddIBokStaff();
        return services;
    }
}
