using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace IBok.Domain.Billing;

/// <summary>The parts an invoice number was made of.</summary>
/// <param name="Year">The year, or null when the pattern has no <c>{yyyy}</c>.</param>
/// <param name="Month">The month 1–12, or null when the pattern has no <c>{MM}</c>.</param>
/// <param name="Sequence">The sequence number within the series, month and year.</param>
public readonly record struct InvoiceNumberParts(int? Year, int? Month, long Sequence);

/// <summary>
/// A numbering series such as <c>FV/{yyyy}/{MM}/{seq:6}</c>, which numbers the 123rd invoice of November 2026
/// <c>FV/2026/11/000123</c>. Art. 106e ust. 1 pkt 2 of the VAT act requires a number "kolejny", unique within one or
/// more series; a sequence that restarts every month is allowed when the number carries the month.
/// </summary>
/// <remarks>
/// <para>Tokens: <c>{yyyy}</c> the four-digit year of the issue date, <c>{MM}</c> its two-digit month, <c>{seq:N}</c> the
/// sequence number zero-padded to N digits (1–18). Everything else is literal text. The pattern must contain
/// <c>{seq:N}</c> exactly once, and <c>{MM}</c> only together with <c>{yyyy}</c>.</para>
/// <para>The series is pure: it keeps no counter. The caller takes the next number of <see cref="SequenceScope"/> from
/// its store (sequences run per series and, when the pattern has <c>{MM}</c>, per month, else per year) and passes it to
/// <see cref="Format"/>.</para>
/// </remarks>
public sealed partial class InvoiceNumberSeries
{
    private readonly List<Token> tokens = [];
    private readonly Regex parser;

    /// <summary>Creates a series from its pattern.</summary>
    /// <exception cref="FormatException">The pattern has no or several <c>{seq:N}</c>, an unknown or repeated token,
    /// a width outside 1–18, or <c>{MM}</c> without <c>{yyyy}</c>.</exception>
    public InvoiceNumberSeries(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        var regex = new StringBuilder("^");
        var position = 0;
        foreach (Match match in TokenSyntax().Matches(pattern))
        {
            AddLiteral(pattern[position..match.Index], regex);
            position = match.Index + match.Length;
            var name = match.Groups["name"].Value;
            switch (name)
            {
                case "yyyy":
                    Add(new Token(TokenKind.Year, null, 4), regex, "(?<year>[0-9]{4})");
                    break;
                case "MM":
                    Add(new Token(TokenKind.Month, null, 2), regex, "(?<month>0[1-9]|1[0-2])");
                    break;
                case "seq":
                    if (!int.TryParse(match.Groups["width"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var width) || width is < 1 or > 18)
                    {
                        throw new FormatException($"Invoice number pattern '{pattern}': the sequence width must be 1 to 18 digits, as in {{seq:6}}; got '{match.Value}'.");
                    }

                    Add(new Token(TokenKind.Sequence, null, width), regex, $"(?<seq>[0-9]{{{width}}})");
                    SequenceWidth = width;
                    break;
                default:
                    throw new FormatException($"Invoice number pattern '{pattern}' has an unknown token '{match.Value}'; use {{yyyy}}, {{MM}} and {{seq:N}}.");
            }
        }

        AddLiteral(pattern[position..], regex);
        if (SequenceWidth == 0)
        {
            throw new FormatException($"Invoice number pattern '{pattern}' needs a sequence token such as {{seq:6}}.");
        }

        if (Has(TokenKind.Month) && !Has(TokenKind.Year))
        {
            throw new FormatException($"Invoice number pattern '{pattern}' has {{MM}} without {{yyyy}}, so numbers would repeat every year.");
        }

        parser = new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);

        void Add(Token token, StringBuilder builder, string group)
        {
            if (Has(token.Kind))
            {
                throw new FormatException($"Invoice number pattern '{pattern}' repeats the token of {token.Kind}.");
            }

            tokens.Add(token);
            builder.Append(group);
        }
    }

    private enum TokenKind
    {
        Literal,
        Year,
        Month,
        Sequence,
    }

    /// <summary>The pattern, such as <c>FV/{yyyy}/{MM}/{seq:6}</c>.</summary>
    public string Pattern { get; }

    /// <summary>The number of digits of the sequence.</summary>
    public int SequenceWidth { get; }

    /// <summary>The largest sequence number that fits: 999999 for <c>{seq:6}</c>.</summary>
    public long MaxSequence => (long)Math.Pow(10, SequenceWidth) - 1;

    /// <summary>True when the sequence restarts every month (the pattern has <c>{MM}</c>).</summary>
    public bool RestartsMonthly => Has(TokenKind.Month);

    /// <summary>The key of the counter an invoice issued on <paramref name="issueDate"/> takes its sequence from:
    /// the pattern with the date filled in, such as <c>FV/2026/11/{seq:6}</c>.</summary>
    public string SequenceScope(DateOnly issueDate) => Render(issueDate, null);

    /// <summary>The invoice number for the <paramref name="sequence"/>-th invoice of the scope of <paramref name="issueDate"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sequence is below 1 or has more digits than the pattern allows.</exception>
    public string Format(DateOnly issueDate, long sequence)
    {
        if (sequence < 1 || sequence > MaxSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, string.Create(CultureInfo.InvariantCulture, $"Series '{Pattern}' numbers invoices from 1 to {MaxSequence}; got {sequence}."));
        }

        return Render(issueDate, sequence);
    }

    /// <summary>Reads an invoice number of this series back into its parts.</summary>
    /// <returns>False when the text does not match the pattern.</returns>
    public bool TryParse(string? number, out InvoiceNumberParts parts)
    {
        parts = default;
        var match = parser.Match(number ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var sequence = long.Parse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            return false;
        }

        parts = new InvoiceNumberParts(
            match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null,
            match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : null,
            sequence);
        return true;
    }

    /// <summary>Reads an invoice number of this series back into its parts.</summary>
    /// <exception cref="FormatException">The text does not match the pattern.</exception>
    public InvoiceNumberParts Parse(string number) =>
        TryParse(number, out var parts) ? parts : throw new FormatException($"'{number}' is not a number of series '{Pattern}'.");

    /// <summary>The pattern.</summary>
    public override string ToString() => Pattern;

    [GeneratedRegex(@"\{(?<name>[^{}:]*)(:(?<width>[^{}]*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenSyntax();

    private bool Has(TokenKind kind) => tokens.Exists(token => token.Kind == kind);

    private void AddLiteral(string text, StringBuilder regex)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (text.Contains('{', StringComparison.Ordinal) || text.Contains('}', StringComparison.Ordinal))
        {
            throw new FormatException($"Invoice number pattern '{Pattern}' has an unmatched brace in '{text}'.");
        }

        tokens.Add(new Token(TokenKind.Literal, text, 0));
        regex.Append(Regex.Escape(text));
    }

    private string Render(DateOnly issueDate, long? sequence)
    {
        var builder = new StringBuilder(Pattern.Length + 8);
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Literal:
                    builder.Append(token.Text);
                    break;
                case TokenKind.Year:
                    builder.Append(issueDate.Year.ToString("D4", CultureInfo.InvariantCulture));
                    break;
                case TokenKind.Month:
                    builder.Append(issueDate.Month.ToString("D2", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(sequence is { } value
                        ? value.ToString("D" + token.Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                        : "{seq:" + token.Width.ToString(CultureInfo.InvariantCulture) + "}");
                    break;
            }
        }

        return builder.ToString();
    }

    private sealed record Token(TokenKind Kind, string? Text, int Width);
}
