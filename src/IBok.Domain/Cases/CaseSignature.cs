using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IBok.Domain.Cases;

/// <summary>A case signature (sygnatura) such as <c>ZG/2026/000123</c>: a prefix naming the kind of case, the year of
/// registration and a sequence number within that prefix and year, zero-padded to six digits.</summary>
/// <remarks>Customers follow their case by this signature, also without an account. The prefix is 1 to 5 upper-case
/// ASCII letters, the year has four digits (1000–9999) and the sequence is 1 to 999,999; uniqueness of the sequence
/// per prefix and year is the job of whoever hands out sequence numbers.</remarks>
public sealed record CaseSignature
{
    /// <summary>The highest sequence number: six digits.</summary>
    public const int MaxSequence = 999_999;

    /// <summary>Creates a signature, validating its three parts.</summary>
    /// <exception cref="ArgumentException">A part is out of range; the message names it.</exception>
    public CaseSignature(string prefix, int year, int sequence)
    {
        var error = Check(prefix, year, sequence);
        if (error is not null)
        {
            throw new ArgumentException(error.Value.Message, error.Value.Parameter);
        }

        (Prefix, Year, Sequence) = (prefix, year, sequence);
    }

    /// <summary>The prefix, such as <c>RK</c> or <c>ZG</c>.</summary>
    public string Prefix { get; }

    /// <summary>The year of registration.</summary>
    public int Year { get; }

    /// <summary>The sequence number within the prefix and year.</summary>
    public int Sequence { get; }

    /// <summary>Parses a signature such as <c>ZG/2026/000123</c>, returning why it is invalid instead of throwing.
    /// The sequence must be written with at least six digits, as signatures are printed.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CaseSignature? signature, [NotNullWhen(false)] out string? error)
    {
        signature = null;
        var parts = (text ?? string.Empty).Trim().Split('/');
        if (parts.Length != 3
            || parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit)
            || parts[2].Length != 6 || !parts[2].All(char.IsAsciiDigit))
        {
            error = string.Create(CultureInfo.InvariantCulture, $"A case signature looks like 'ZG/2026/000123'; '{text}' does not.");
            return false;
        }

        var year = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var sequence = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var problem = Check(parts[0], year, sequence);
        if (problem is not null)
        {
            error = problem.Value.Message;
            return false;
        }

        signature = new CaseSignature(parts[0], year, sequence);
        error = null;
        return true;
    }

    /// <summary>Parses a signature such as <c>ZG/2026/000123</c>.</summary>
    /// <exception cref="FormatException">The text is not a case signature; the message says why.</exception>
    public static CaseSignature Parse(string text) => TryParse(text, out var signature, out var error) ? signature : throw new FormatException(error);

    /// <summary><c>ZG/2026/000123</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}/{Year:0000}/{Sequence:000000}");

    internal static string? CheckPrefix(string? prefix) =>
        prefix is { Length: >= 1 and <= 5 } && prefix.All(char.IsAsciiLetterUpper)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"A case signature prefix has 1 to 5 upper-case letters A-Z; got '{prefix}'.");

    private static (string Message, string Parameter)? Check(string? prefix, int year, int sequence)
    {
        if (CheckPrefix(prefix) is { } prefixError)
        {
            return (prefixError, nameof(prefix));
        }

        if (year is < 1000 or > 9999)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"A case signature year has four digits; got {year}."), nameof(year));
        }

        if (sequence is < 1 or > MaxSequence)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"A case sequence number is 1 to {MaxSequence}; got {sequence}."), nameof(sequence));
        }

        return null;
    }
}
