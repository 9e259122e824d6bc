using IBok.GraphQL.Persistence.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>Registers the sign-in and access use cases.</summary>
public static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="AccountService"/>, <see cref="AccountSessionService"/> and <see cref="ApiKeyService"/> (scoped), the password hasher and the
    /// options. The host adds an <see cref="ICustomerDirectory"/>, an <see cref="ISignInSession"/> and an
    /// e-mail sender.
    /// </summary>
    public static IServiceCollection AddIBokAccounts(this IServiceCollection services, AccountOptions? options = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new AccountOptions());
        services.TryAddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.TryAddScoped<AccountService>();
        services.TryAddScoped<AccountSessionService>();
        services.TryAddScoped<ApiKeyService>();
        services.TryAddScoped<ICustomerDirectory, DatabaseCustomerDirectory>();
        return services;
    }
}
