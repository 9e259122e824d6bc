using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace IBok.Web.Portal;

/// <summary>
/// Carries a sign-in that needs a new password (one-time password from staff) from the sign-in form to the change
/// password form, as an encrypted ticket valid for <see cref="Lifetime"/>, so the customer does not type the one-time
/// password twice and nothing is kept on the server. The change itself is <c>AccountService.SignInAsync</c> with the
/// new password, which checks the one-time password again.
/// </summary>
public sealed class PortalForcedPasswordChange(IDataProtectionProvider dataProtection, TimeProvider timeProvider)
{
    /// <summary>How long the customer has to choose the new password.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("IBok.Web.Portal.ForcedPasswordChange").ToTimeLimitedDataProtector();

    /// <summary>A ticket holding the login and the one-time password.</summary>
    public string Issue(string login, string oneTimePassword) =>
        _protector.Protect(login + "\n" + oneTimePassword, timeProvider.GetUtcNow() + Lifetime);

    /// <summary>The login and one-time password of a ticket; null when it is forged, damaged or expired.</summary>
    public (string Login, string OneTimePassword)? Read(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        try
        {
            var text = _protector.Unprotect(ticket, out var expiration);
            var separator = text.IndexOf('\n', StringComparison.Ordinal);
            return expiration > timeProvider.GetUtcNow() && separator > 0 ? (text[..separator], text[(separator + 1)..]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
