using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace IBok.Web.Portal;

/// <summary>
/// Who the portal belongs to: the utility's name and how to reach its customer office (configuration section
/// <c>Utility</c>), shown in every page's header, title and footer. The defaults describe the demo utility the demo data
/// generator seeds (its seller, office address and hours); a real utility sets its own. Empty contact fields are left
/// out of the pages.
/// </summary>
public sealed class UtilityOptions
{
    /// <summary>The configuration section the portal binds.</summary>
    public const string SectionName = "Utility";

    /// <summary>The utility's full name, as in its register entry (footer).</summary>
    public string Name { get; set; } = "Przedsiębiorstwo Wodociągów i Ciepłownictwa „Demo” Sp. z o.o.";

    /// <summary>The name customers know it by (header and page titles); the full name when empty.</summary>
    public string ShortName { get; set; } = "Wodociągi Demo";

    /// <summary>The customer office's street and number.</summary>
    public string Street { get; set; } = "ul. Wodociągowa 2";

    /// <summary>The customer office's postal code.</summary>
    public string PostalCode { get; set; } = "47-100";

    /// <summary>The customer office's town.</summary>
    public string City { get; set; } = "Strzelce Opolskie";

    /// <summary>The customer office's phone number as people write it, e.g. <c>+48 77 400 00 00</c>.</summary>
    public string Phone { get; set; } = "+48 77 400 00 00";

    /// <summary>The customer office's e-mail address.</summary>
    public string Email { get; set; } = "bok@wodociagi-demo.example";

    /// <summary>The customer office's opening hours, in Polish.</summary>
    public string OpeningHours { get; set; } = "pon.–pt. 7:30–15:30, czw. do 17:00";

    /// <summary>The opening hours in English; the Polish ones when empty.</summary>
    public string OpeningHoursEnglish { get; set; } = "Mon–Fri 7:30–15:30, Thu until 17:00";

    /// <summary>The utility's own website (http or https).</summary>
    public string Website { get; set; } = "https://wodociagi-demo.example";

    /// <summary>The name for the header and page titles.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(ShortName) ? Name : ShortName;

    /// <summary>The office's address on one line, or empty when none is set.</summary>
    public string AddressLine => string.Join(", ", new[] { Street, $"{PostalCode} {City}".Trim() }.Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>The phone number as a <c>tel:</c> link (digits and a leading plus only).</summary>
    public string PhoneLink => "tel:" + new string([.. Phone.Where((character, index) => char.IsAsciiDigit(character) || (character == '+' && index == Phone.IndexOf('+', StringComparison.Ordinal)))]);

    /// <summary>The opening hours in <paramref name="language"/>.</summary>
    public string OpeningHoursIn(PortalLanguage language) =>
        language == PortalLanguage.English && !string.IsNullOrWhiteSpace(OpeningHoursEnglish) ? OpeningHoursEnglish : OpeningHours;
}

/// <summary>Refuses to start with a utility identity the pages could not show correctly, naming the setting at fault.</summary>
public sealed class UtilityOptionsValidator : IValidateOptions<UtilityOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, UtilityOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add($"{UtilityOptions.SectionName}:{nameof(UtilityOptions.Name)} must name the utility.");
        }

        if (!string.IsNullOrWhiteSpace(options.Website)
            && !(Uri.TryCreate(options.Website, UriKind.Absolute, out var website) && (website.Scheme == Uri.UriSchemeHttps || website.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"{UtilityOptions.SectionName}:{nameof(UtilityOptions.Website)} must be an http or https address; got '{options.Website}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.Email) && !(MailAddress.TryCreate(options.Email, out var email) && email.Address == options.Email.Trim()))
        {
            failures.Add($"{UtilityOptions.SectionName}:{nameof(UtilityOptions.Email)} must be a plain e-mail address; got '{options.Email}'.");
        }

        if (!string.IsNullOrWhiteSpace(options.Phone) && options.Phone.Count(char.IsAsciiDigit) < 9)
        {
            failures.Add($"{UtilityOptions.SectionName}:{nameof(UtilityOptions.Phone)} must have at least 9 digits; got '{options.Phone}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
