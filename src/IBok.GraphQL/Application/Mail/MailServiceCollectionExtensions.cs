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

    /// <summary>
    /// Sends through SMTP when <paramref name="smtp"/> names a host, replacing whatever sender is registered (the pickup
    /// folder stays the default when it names none).
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="SmtpEmailOptions.PinnedCertificateSha256"/> is set but malformed.</exception>
    public static IServiceCollection AddIBokSmtpMail(this IServiceCollection services, SmtpEmailOptions? smtp, PickupFolderEmailOptions? sender = null)
    {
        if (smtp is null || string.IsNullOrWhiteSpace(smtp.Host))
        {
            return services;
        }

        // A malformed pin fails at startup, not at the first message.
        _ = smtp.PinnedFingerprint();
        services.TryAddSingleton(sender ?? new PickupFolderEmailOptions());
        services.AddSingleton(smtp);
        services.Replace(ServiceDescriptor.Singleton<IEmailSender, SmtpEmailSender>());
        return services;
    }
}
