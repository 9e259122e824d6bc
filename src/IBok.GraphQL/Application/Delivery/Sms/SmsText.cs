using System.Text;

namespace IBok.GraphQL.Application.Delivery.Sms;

/// <summary>The alphabet an SMS goes out in (3GPP TS 23.038).</summary>
public enum SmsEncoding
{
    /// <summary>The GSM 7-bit default alphabet: 160 characters in one message, 153 per part of a longer one.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16 code units): 70 characters in one message, 67 per part.</summary>
    Ucs2,
}

/// <summary>What to do with Polish letters, which the GSM 7-bit alphabet lacks.</summary>
public enum PolishLetters
{
    /// <summary>Replace them with their base letters (ą→a, ł→l, ż→z): the text stays readable and GSM-7, so a notice
    /// of up to 160 characters costs one message instead of three UCS-2 parts. The default.</summary>
    Transliterate,

    /// <summary>Keep them: the message goes out in UCS-2, at most 70 characters per message.</summary>
    Keep,
}

/// <summary>An SMS text ready for a gateway: the text sent, its alphabet and how many messages (segments) it costs.</summary>
/// <param name="Text">The text as it will be sent.</param>
/// <param name="Encoding">GSM-7 when every character is in the GSM default alphabet or its extension table, else UCS-2.</param>
/// <param name="Segments">Messages it takes: one up to 160 septets (GSM-7) or 70 code units (UCS-2); longer texts are
/// split into parts of 153 septets or 67 code units (the rest is the concatenation header), never inside an escape pair
/// or a surrogate pair.</param>
/// <param name="Units">Septets (GSM-7, extension characters count two) or UTF-16 code units (UCS-2).</param>
public sealed record PreparedSms(string Text, SmsEncoding Encoding, int Segments, int Units)
{
    /// <summary>Prepares <paramref name="text"/>: optionally transliterates Polish letters and typographic punctuation,
    /// then chooses the alphabet and counts the segments.</summary>
    public static PreparedSms Prepare(string text, PolishLetters polishLetters = PolishLetters.Transliterate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sent = polishLetters == PolishLetters.Transliterate ? SmsText.Transliterate(text) : text;
        if (SmsText.IsGsm7(sent))
        {
            var septets = sent.Sum(SmsText.Septets);
            return new PreparedSms(sent, SmsEncoding.Gsm7, SmsText.CountSegments(sent, SmsEncoding.Gsm7), septets);
        }

        return new PreparedSms(sent, SmsEncoding.Ucs2, SmsText.CountSegments(sent, SmsEncoding.Ucs2), sent.Length);
    }
}

/// <summary>The GSM 7-bit default alphabet (3GPP TS 23.038 section 6.2.1) and its counting rules.</summary>
public static class SmsText
{
    /// <summary>The basic character set (without the escape code 0x1B, which only introduces an extension character).</summary>
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /// <summary>The extension table: each costs two septets (escape + character).</summary>
    private const string Extension = "\f^{}\\[~]|€";

    private static readonly Dictionary<char, string> Replacements = new()
    {
        ['ą'] = "a", ['ć'] = "c", ['ę'] = "e", ['ł'] = "l", ['ń'] = "n", ['ó'] = "o", ['ś'] = "s", ['ź'] = "z", ['ż'] = "z",
        ['Ą'] = "A", ['Ć'] = "C", ['Ę'] = "E", ['Ł'] = "L", ['Ń'] = "N", ['Ó'] = "O", ['Ś'] = "S", ['Ź'] = "Z", ['Ż'] = "Z",
        ['„'] = "\"", ['”'] = "\"", ['“'] = "\"", ['‚'] = "'", ['’'] = "'", ['‘'] = "'",
        ['–'] = "-", ['—'] = "-", ['…'] = "...", ['\u00A0'] = " ", ['³'] = "3",
    };

    /// <summary>Polish letters to their base letters, typographic quotes and dashes to ASCII; everything else unchanged.</summary>
    public static string Transliterate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (Replacements.TryGetValue(character, out var replacement))
            {
                builder.Append(replacement);
            }
            else
            {
                builder.Append(character);
            }
        }

        return builder.ToString();
    }

    /// <summary>True when every character is in the GSM default alphabet or its extension table.</summary>
    public static bool IsGsm7(string text) => text.All(character => Basic.Contains(character) || Extension.Contains(character));

    /// <summary>Septets one GSM character takes: 2 for the extension table, 1 otherwise.</summary>
    public static int Septets(char character) => Extension.Contains(character) ? 2 : 1;

    /// <summary>Messages the text takes in the encoding (0 for an empty text).</summary>
    public static int CountSegments(string text, SmsEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (single, part) = encoding == SmsEncoding.Gsm7 ? (160, 153) : (70, 67);
        var total = 0;
        foreach (var character in text)
        {
            total += encoding == SmsEncoding.Gsm7 ? Septets(character) : 1;
        }

        if (total == 0)
        {
            return 0;
        }

        if (total <= single)
        {
            return 1;
        }

        // Fill parts one character at a time so a two-unit character (escape pair, surrogate pair) never straddles two parts.
        var segments = 1;
        var used = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var size = encoding == SmsEncoding.Gsm7 ? Septets(text[index]) : char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
            if (used + size > part)
            {
                segments++;
                used = 0;
            }

            used += size;
            if (size == 2 && encoding == SmsEncoding.Ucs2)
            {
                index++;
            }
        }

        return segments;
    }
}
