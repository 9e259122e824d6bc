using System.Globalization;

namespace IBok.Domain.Metering;

/// <summary>
/// One physical meter installed at a premises: a main water meter (wodomierz główny), hot-water meter, submeter
/// (podlicznik) or heat meter (ciepłomierz).
/// </summary>
/// <remarks>
/// <para>The meter's counter shows values from 0 up to, but not including, <see cref="CounterCapacity"/>; at that value it
/// rolls over to zero (a 5-digit m³ counter has capacity 100000).</para>
/// <para>A meter is identified by its <see cref="SerialNumber"/> (numer fabryczny). Its readings live in a
/// <see cref="MeterReadingHistory"/>; when it is replaced, <see cref="MeterReplacement"/> records the removal.</para>
/// </remarks>
public sealed record Meter
{
    /// <summary>The largest <see cref="ReadingPrecision"/> accepted: no meter display has more decimals.</summary>
    public const int MaxReadingPrecision = 6;

    /// <summary>Creates a meter, checking its invariants.</summary>
    /// <param name="serialNumber">The serial number (numer fabryczny); surrounding white space is removed.</param>
    /// <param name="kind">What the meter measures; decides the <see cref="Unit"/>.</param>
    /// <param name="premisesId">The identifier of the premises (posesja, punkt poboru) the meter is installed at.</param>
    /// <param name="installedOn">The day the meter was installed.</param>
    /// <param name="legalizedOn">The day of the meter's legalization (the date of its cecha legalizacyjna); see
    /// <see cref="LegalizationPolicy"/>.</param>
    /// <param name="counterCapacity">The value at which the counter rolls over to zero, e.g. 100000 for a 5-digit m³ counter.</param>
    /// <param name="readingPrecision">Decimal places a reading may have; null takes <see cref="DefaultReadingPrecision"/>.</param>
    /// <param name="removedOn">The day the meter was removed, or null while it is installed.</param>
    /// <exception cref="ArgumentException">The serial number or premises id is empty, the kind is undefined, or the meter is
    /// removed before it was installed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The capacity is not positive, or the precision is outside 0..6.</exception>
    public Meter(
        string serialNumber,
        MeterKind kind,
        string premisesId,
        DateOnly installedOn,
        DateOnly legalizedOn,
        decimal counterCapacity,
        int? readingPrecision = null,
        DateOnly? removedOn = null)
    {
        if (string.IsNullOrWhiteSpace(serialNumber))
        {
            throw new ArgumentException("A meter's serial number (numer fabryczny) must not be empty.", nameof(serialNumber));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Meter kind {(int)kind} is not defined."), nameof(kind));
        }

        if (string.IsNullOrWhiteSpace(premisesId))
        {
            throw new ArgumentException($"Meter {serialNumber.Trim()} must belong to a premises; the premises id is empty.", nameof(premisesId));
        }

        if (counterCapacity <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(counterCapacity),
                counterCapacity,
                $"The counter capacity of meter {serialNumber.Trim()} must be positive; got {counterCapacity.ToString(CultureInfo.InvariantCulture)}.");
        }

        var precision = readingPrecision ?? DefaultReadingPrecision(kind);
        if (precision is < 0 or > MaxReadingPrecision)
        {
            throw new ArgumentOutOfRangeException(
                nameof(readingPrecision),
                precision,
                string.Create(CultureInfo.InvariantCulture, $"The reading precision of meter {serialNumber.Trim()} must be 0 to {MaxReadingPrecision} decimal places; got {precision}."));
        }

        if (removedOn is { } removed && removed < installedOn)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Meter {serialNumber.Trim()} cannot be removed ({removed:yyyy-MM-dd}) before it was installed ({installedOn:yyyy-MM-dd})."),
                nameof(removedOn));
        }

        SerialNumber = serialNumber.Trim();
        Kind = kind;
        PremisesId = premisesId.Trim();
        InstalledOn = installedOn;
        LegalizedOn = legalizedOn;
        CounterCapacity = counterCapacity;
        ReadingPrecision = precision;
        RemovedOn = removedOn;
    }

    /// <summary>The serial number (numer fabryczny), trimmed.</summary>
    public string SerialNumber { get; }

    /// <summary>What the meter measures.</summary>
    public MeterKind Kind { get; }

    /// <summary>The unit the meter counts in: GJ for <see cref="MeterKind.Heat"/>, m³ for every other kind.</summary>
    public MeterUnit Unit => UnitOf(Kind);

    /// <summary>The unit's symbol for messages and display: <c>m³</c> or <c>GJ</c>.</summary>
    public string UnitSymbol => Unit == MeterUnit.Gigajoule ? "GJ" : "m³";

    /// <summary>The identifier of the premises (posesja, punkt poboru) the meter is installed at.</summary>
    public string PremisesId { get; }

    /// <summary>The day the meter was installed; no reading may be dated earlier.</summary>
    public DateOnly InstalledOn { get; }

    /// <summary>The day the meter was removed, or null while it is installed; no reading may be dated later.</summary>
    public DateOnly? RemovedOn { get; }

    /// <summary>The day of the meter's legalization (cecha legalizacyjna); <see cref="LegalizationPolicy"/> says how long it lasts.</summary>
    public DateOnly LegalizedOn { get; }

    /// <summary>The value at which the counter rolls over to zero; readings are always below it.</summary>
    public decimal CounterCapacity { get; }

    /// <summary>How many decimal places a reading may have (0 means whole units only).</summary>
    public int ReadingPrecision { get; }

    /// <summary>The unit each meter kind counts in.</summary>
    public static MeterUnit UnitOf(MeterKind kind) => kind == MeterKind.Heat ? MeterUnit.Gigajoule : MeterUnit.CubicMetre;

    /// <summary>The reading precision a meter of <paramref name="kind"/> gets unless told otherwise.</summary>
    /// <remarks>Water meters (main, hot water, submeters): 0, whole m³ only, because customers read only the black
    /// digits (practice of Polish utilities, see DOMAIN-FACTS "only whole m³ (black digits)"). Heat meters: 3 decimal
    /// places (0.001 GJ), an assumption from common heat-meter displays, UNCONFIRMED; pass the precision explicitly
    /// when a meter's display differs.</remarks>
    public static int DefaultReadingPrecision(MeterKind kind) => kind == MeterKind.Heat ? 3 : 0;

    /// <summary>True when the meter is installed on <paramref name="day"/> (from installation to removal, both inclusive).</summary>
    public bool IsInstalledOn(DateOnly day) => day >= InstalledOn && (RemovedOn is not { } removed || day <= removed);

    /// <summary>A copy of this meter removed on <paramref name="removedOn"/>; pure.</summary>
    /// <exception cref="ArgumentException"><paramref name="removedOn"/> is before the installation.</exception>
    public Meter WithRemovedOn(DateOnly removedOn) =>
        new(SerialNumber, Kind, PremisesId, InstalledOn, LegalizedOn, CounterCapacity, ReadingPrecision, removedOn);

    /// <summary><c>MainWater 12345678 (m³)</c>.</summary>
    public override string ToString() => $"{Kind} {SerialNumber} ({UnitSymbol})";
}
