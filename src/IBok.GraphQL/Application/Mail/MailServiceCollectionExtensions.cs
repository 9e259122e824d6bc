using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.GraphQL.Application.Mail;

/// <summary>Registers the e-mail sender.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>Adds the pickup folder sender as <see cref="IEmailSender"/> unless another sender is registered.</summary>
    public static IServiceCollection AddIBokMail(this IServiceCollection services, PickupFolderEmailOptions? options = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new PickupFolderEmailOptions());
        services.TryAddSingleton<IEmailSender, PickupFolderEmailSender>();
        return services;
    }
}
