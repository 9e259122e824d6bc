using IBok.GraphQL.Application.Staff.Billing;
using IBok.GraphQL.Application.Staff.Cases;
using IBok.GraphQL.Application.Staff.Outages;
using IBok.GraphQL.Application.Staff.Payments;
using IBok.GraphQL.Application.Staff.Readings;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application.Staff;

/// <summary>Registers the staff and integration use cases.</summary>
public static class StaffServiceCollectionExtensions
{
    /// <summary>Adds the scoped staff services (they need <c>IBokDbContext</c> and <see cref="TimeProvider"/> registered).</summary>
    public static IServiceCollection AddIBokStaff(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<PaymentRegistration>();
        services.AddScoped<OutagePublication>();
        services.AddScoped<ReadingImport>();
        services.AddScoped<ReadingReview>();
        services.AddScoped<CaseHandling>();
        services.AddIBokBillingAndTariffs();
        return services;
    }
}
