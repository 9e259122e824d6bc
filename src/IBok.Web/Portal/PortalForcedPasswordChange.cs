using System.Globalization;
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

    // Not the time-limited protector: it reads the system clock, and the expiry must follow the injected TimeProvider.
    private readonly IDataProtector _protector = dataProtection.CreateProtector("IBok.Web.Portal.ForcedPasswordChange");

    /// <summary>A ticket holding the expiry, the login and the one-time password.</summary>
    public string Issue(string login, string oneTimePassword)
    {
        var expires = (timeProvider.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return _protector.Protect(expires + "\n" + login + "\n" + oneTimePassword);
    }

    /// <summary>The login and one-time password of a ticket; null when it is forged, damaged or expired.</summary>
    public (string Login, string OneTimePassword)? Read(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(ticket).Split('\n', 3);
            return parts.Length == 3
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && DateTimeOffset.FromUnixTimeSeconds(expires) > timeProvider.GetUtcNow()
                    ? (parts[1], parts[2])
                    : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
