using System.Globalization;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.Common;

namespace IBok.GraphQL.Application.Readings;

/// <summary>IBok.Domain rejected the reading (<see cref="MeterReadingHistory.Submit"/>); <see cref="Reason"/> says why.</summary>
public sealed class ReadingRejectedError : UserError
{
    internal ReadingRejectedError(ReadingRejectionReason reason, string polishMessage, string englishMessage)
        : base(ReadingErrorCodes.Of(reason), polishMessage, englishMessage)
    {
        Reason = reason;
    }

    /// <summary>The domain's reason; <c>code</c> is the same name in SCREAMING_SNAKE_CASE.</summary>
    public ReadingRejectionReason Reason { get; }
}

/// <summary>The meter's legalization (cecha legalizacyjna) had expired on the reading's date, so the reading cannot be
/// used for billing (code <c>LEGALIZATION_EXPIRED</c>); the utility has to replace or re-legalize the meter.</summary>
public sealed class MeterLegalizationExpiredError : UserError
{
    internal MeterLegalizationExpiredError(DateOnly? validUntil, string polishMessage, string englishMessage)
        : base("LEGALIZATION_EXPIRED", polishMessage, englishMessage)
    {
        ValidUntil = validUntil;
    }

    /// <summary>The last day the meter was legal; null in answers to callers without an account, who learn nothing about the meter.</summary>
    public DateOnly? ValidUntil { get; }
}

/// <summary>A reading without an account was already given for this meter this month (code
/// <c>READING_ALREADY_SUBMITTED_THIS_MONTH</c>): utilities accept one per meter per month (DOMAIN-FACTS).</summary>
public sealed class ReadingLimitReachedError : UserError
{
    internal ReadingLimitReachedError()
        : base(
            "READING_ALREADY_SUBMITTED_THIS_MONTH",
            "Odczyt tego licznika został już podany w tym miesiącu. Kolejny można podać w przyszłym miesiącu.",
            "A reading of this meter was already given this month. The next one can be given next month.")
    {
    }
}

/// <summary>The Polish and English texts of reading errors; with <c>details</c> they quote the meter's own data (for its
/// owner), without them they say only what rule was broken (for callers without an account).</summary>
internal static class ReadingErrorCodes
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public static string Of(ReadingRejectionReason reason) => reason switch
    {
        ReadingRejectionReason.NotANumber => "NOT_A_NUMBER",
        ReadingRejectionReason.Negative => "NEGATIVE",
        ReadingRejectionReason.TooManyDecimals => "TOO_MANY_DECIMALS",
        ReadingRejectionReason.AboveCounterCapacity => "ABOVE_COUNTER_CAPACITY",
        ReadingRejectionReason.BeforeInstallation => "BEFORE_INSTALLATION",
        ReadingRejectionReason.AfterRemoval => "AFTER_REMOVAL",
        ReadingRejectionReason.InFuture => "IN_FUTURE",
        ReadingRejectionReason.SameDay => "SAME_DAY",
        ReadingRejectionReason.BeforeLatestReading => "BEFORE_LATEST_READING",
        ReadingRejectionReason.LowerThanPrevious => "LOWER_THAN_PREVIOUS",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reading rejection reason."),
    };

    public static ReadingRejectedError Rejected(ReadingRejectionReason reason, MeterReadingHistory history, DateOnly date, bool details)
    {
        var meter = history.Meter;
        var unit = meter.UnitSymbol;
        var previous = history.LatestRealReading;
        var latest = history.LatestReading;
        var (polish, english) = reason switch
        {
            ReadingRejectionReason.NotANumber => ("Odczyt musi być liczbą.", "The reading must be a number."),
            ReadingRejectionReason.Negative => ("Odczyt nie może być ujemny.", "The reading cannot be negative."),
            ReadingRejectionReason.TooManyDecimals => details
                ? ($"Odczyt może mieć najwyżej {meter.ReadingPrecision} miejsc po przecinku.",
                    $"The reading may have at most {meter.ReadingPrecision} decimal places.")
                : ("Odczyt ma zbyt wiele miejsc po przecinku.", "The reading has too many decimal places."),
            ReadingRejectionReason.AboveCounterCapacity => details
                ? ($"Odczyt przekracza zakres licznika (licznik pokazuje wartości mniejsze niż {Pl(meter.CounterCapacity)} {unit}).",
                    $"The reading exceeds the meter's range (it shows values below {En(meter.CounterCapacity)} {unit}).")
                : ("Odczyt przekracza zakres licznika.", "The reading exceeds the meter's range."),
            ReadingRejectionReason.BeforeInstallation => details
                ? ($"Data odczytu jest wcześniejsza niż data montażu licznika ({Day(meter.InstalledOn)}).",
                    $"The reading date is before the meter was installed ({Day(meter.InstalledOn)}).")
                : ("Data odczytu jest wcześniejsza niż data montażu licznika.", "The reading date is before the meter was installed."),
            ReadingRejectionReason.AfterRemoval => details && meter.RemovedOn is { } removed
                ? ($"Licznik został zdemontowany {Day(removed)}; nie można podać odczytu z późniejszą datą.",
                    $"The meter was removed on {Day(removed)}; a reading cannot be dated later.")
                : ("Licznik został zdemontowany; nie można podać odczytu z późniejszą datą.", "The meter was removed; a reading cannot be dated after its removal."),
            ReadingRejectionReason.InFuture => ("Data odczytu nie może być z przyszłości.", "The reading date cannot be in the future."),
            ReadingRejectionReason.SameDay => ($"Dla tego licznika jest już odczyt z dnia {Day(date)}.", $"This meter already has a reading on {Day(date)}."),
            ReadingRejectionReason.BeforeLatestReading => details && latest is not null
                ? ($"Data odczytu jest wcześniejsza niż data ostatniego odczytu ({Day(latest.Date)}).",
                    $"The reading date is before the latest reading ({Day(latest.Date)}).")
                : ("Data odczytu jest wcześniejsza niż data ostatniego odczytu.", "The reading date is before the latest reading."),
            ReadingRejectionReason.LowerThanPrevious => details && previous is not null
                ? ($"Odczyt jest niższy niż poprzedni odczyt ({Pl(previous.Value)} {unit} z dnia {Day(previous.Date)}).",
                    $"The reading is lower than the previous reading ({En(previous.Value)} {unit} on {Day(previous.Date)}).")
                : ("Odczyt jest niższy niż poprzedni odczyt.", "The reading is lower than the previous reading."),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reading rejection reason."),
        };
        return new ReadingRejectedError(reason, polish, english);
    }

    public static MeterLegalizationExpiredError LegalizationExpired(DateOnly validUntil, bool details) =>
        details
            ? new MeterLegalizationExpiredError(
                validUntil,
                $"Legalizacja licznika wygasła {Day(validUntil)}; odczytu z późniejszą datą nie można przyjąć. Skontaktuj się z nami w sprawie wymiany licznika.",
                $"The meter's legalization expired on {Day(validUntil)}; a later reading cannot be accepted. Contact us about replacing the meter.")
            : new MeterLegalizationExpiredError(
                null,
                "Legalizacja licznika wygasła; odczytu nie można przyjąć. Skontaktuj się z nami w sprawie wymiany licznika.",
                "The meter's legalization has expired; the reading cannot be accepted. Contact us about replacing the meter.");

    private static string Pl(decimal value) => value.ToString("0.###", Polish);

    private static string En(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
