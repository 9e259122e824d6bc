using System.Globalization;

namespace IBok.Domain.Metering;

/// <summary>A reading as submitted (by a customer, a collector's handheld, a remote read or an import), before any check.</summary>
/// <remarks>The value comes as text, as it is typed or imported; <see cref="MeterReadingHistory.Submit"/> parses it with
/// either decimal separator (<c>123.5</c> or <c>123,5</c>) and rejects anything else as
/// <see cref="ReadingRejectionReason.NotANumber"/>.</remarks>
/// <param name="Date">The day read.</param>
/// <param name="ValueText">The counter's value as text.</param>
/// <param name="Kind">Where the reading came from; never <see cref="ReadingKind.Estimated"/> (estimates come from
/// <see cref="MeterReadingHistory.EstimateAt"/>).</param>
public sealed record ReadingSubmission(DateOnly Date, string ValueText, ReadingKind Kind)
{
    /// <summary>A submission of an already numeric value.</summary>
    public static ReadingSubmission Of(DateOnly date, decimal value, ReadingKind kind) =>
        new(date, value.ToString(CultureInfo.InvariantCulture), kind);
}
