namespace IBok.Domain.Customers;

/// <summary>How to reach a customer electronically; both parts are optional (many customers only get paper).</summary>
/// <param name="Email">The e-mail address, or null.</param>
/// <param name="Phone">The mobile phone number for SMS notices, or null.</param>
public sealed record ContactDetails(EmailAddress? Email, PhoneNumber? Phone)
{
    /// <summary>No e-mail and no phone.</summary>
    public static ContactDetails None { get; } = new(null, null);

    /// <summary>Parses both parts; a null or blank text means "not given".</summary>
    /// <exception cref="FormatException">A given e-mail or phone number is invalid; the message says which and why.</exception>
    public static ContactDetails From(string? email, string? phone) =>
        new(
            string.IsNullOrWhiteSpace(email) ? null : EmailAddress.Parse(email),
            string.IsNullOrWhiteSpace(phone) ? null : PhoneNumber.Parse(phone));
}
