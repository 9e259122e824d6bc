using System.Globalization;

namespace IBok.Domain.Cases;

/// <summary>A utility's policy for cases: the signature prefix and the response deadline of each kind, and how long
/// the one allowed extension of a deadline is.</summary>
/// <remarks>
/// <para>Defaults (<see cref="Default"/>): prefix <c>RK</c> (reklamacja) for complaints and <c>ZG</c> (zgłoszenie) for
/// every other kind; a response within 14 days for every kind, extendable once by 14 days. The complaint deadline is
/// set by each municipality's regulamin dostarczania wody i odprowadzania ścieków (art. 19 of the act on collective
/// water supply and sewage disposal); 14 days extendable by 14 is the common wording. Heat suppliers answer within 14
/// days, or 30 when an investigation is needed: configure an extension of 16 days for that. The deadlines of other
/// kinds have no source (UNCONFIRMED) and are 14 days only by assumption; set them per utility.</para>
/// <para>Overrides given to the constructor replace the defaults for the kinds they name; the other kinds keep theirs.</para>
/// </remarks>
public sealed record CaseOptions
{
    /// <summary>The longest response or extension period accepted, in days.</summary>
    public const int MaxDays = 365;

    private readonly Dictionary<CaseKind, string> prefixes;
    private readonly Dictionary<CaseKind, int> responseDays;

    /// <summary>Creates a policy from the defaults and the given overrides.</summary>
    /// <param name="signaturePrefixes">Prefixes per kind to use instead of the defaults; 1 to 5 upper-case letters each.</param>
    /// <param name="responseDays">Response deadlines per kind in days, instead of the defaults; 1 to <see cref="MaxDays"/>.</param>
    /// <param name="extensionDays">How many days the one extension adds; 1 to <see cref="MaxDays"/>, 14 by default.</param>
    /// <exception cref="ArgumentException">A kind is undefined or a value is out of range; the message names it.</exception>
    public CaseOptions(
        IReadOnlyDictionary<CaseKind, string>? signaturePrefixes = null,
        IReadOnlyDictionary<CaseKind, int>? responseDays = null,
        int extensionDays = 14)
    {
        prefixes = Enum.GetValues<CaseKind>().ToDictionary(kind => kind, kind => kind == CaseKind.Complaint ? "RK" : "ZG");
        this.responseDays = Enum.GetValues<CaseKind>().ToDictionary(kind => kind, _ => 14);

        foreach (var (kind, prefix) in signaturePrefixes ?? new Dictionary<CaseKind, string>())
        {
            EnsureDefined(kind, nameof(signaturePrefixes));
            if (CaseSignature.CheckPrefix(prefix) is { } error)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{kind}: {error}"), nameof(signaturePrefixes));
            }

            prefixes[kind] = prefix;
        }

        foreach (var (kind, days) in responseDays ?? new Dictionary<CaseKind, int>())
        {
            EnsureDefined(kind, nameof(responseDays));
            EnsureDays(days, string.Create(CultureInfo.InvariantCulture, $"The response deadline for {kind}"), nameof(responseDays));
            this.responseDays[kind] = days;
        }

        EnsureDays(extensionDays, "The deadline extension", nameof(extensionDays));
        ExtensionDays = extensionDays;
    }

    /// <summary>The defaults described in the remarks.</summary>
    public static CaseOptions Default { get; } = new();

    /// <summary>How many days the one allowed extension adds to a response deadline.</summary>
    public int ExtensionDays { get; }

    /// <summary>The signature prefix of <paramref name="kind"/>.</summary>
    public string PrefixFor(CaseKind kind) => prefixes.TryGetValue(kind, out var prefix) ? prefix : throw Undefined(kind);

    /// <summary>The response deadline of <paramref name="kind"/> in days, counted from the day after submission.</summary>
    public int ResponseDaysFor(CaseKind kind) => responseDays.TryGetValue(kind, out var days) ? days : throw Undefined(kind);

    /// <summary>The signature of the <paramref name="sequence"/>-th case of <paramref name="kind"/> registered in <paramref name="year"/>.</summary>
    /// <exception cref="ArgumentException">The year or sequence is out of range.</exception>
    public CaseSignature SignatureFor(CaseKind kind, int year, int sequence) => new(PrefixFor(kind), year, sequence);

    /// <inheritdoc />
    public bool Equals(CaseOptions? other) =>
        other is not null
        && ExtensionDays == other.ExtensionDays
        && Enum.GetValues<CaseKind>().All(kind => prefixes[kind] == other.prefixes[kind] && responseDays[kind] == other.responseDays[kind]);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ExtensionDays, responseDays[CaseKind.Complaint], prefixes[CaseKind.Complaint]);

    private static void EnsureDefined(CaseKind kind, string parameter)
    {
        if (!Enum.IsDefined(kind))
        {
            throw Undefined(kind, parameter);
        }
    }

    private static void EnsureDays(int days, string what, string parameter)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new ArgumentOutOfRangeException(parameter, days, string.Create(CultureInfo.InvariantCulture, $"{what} must be 1 to {MaxDays} days; got {days}."));
        }
    }

    private static ArgumentOutOfRangeException Undefined(CaseKind kind, string parameter = "kind") =>
        new(parameter, kind, string.Create(CultureInfo.InvariantCulture, $"Unknown case kind {(int)kind}."));
}
