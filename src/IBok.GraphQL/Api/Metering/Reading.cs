using IBok.Domain.Metering;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Persistence.Model.Metering;

namespace IBok.GraphQL.Api.Metering;

/// <summary>A meter reading (odczyt).</summary>
public sealed class Reading
{
    private readonly MeterReadingRow _row;

    internal Reading(MeterReadingRow row) => _row = row;

    /// <summary>The day read: the counter's state at the end of that day.</summary>
    public DateOnly Date => _row.ReadingDate;

    /// <summary>The counter value (m³ or GJ).</summary>
    public decimal Value => Decimals.Quantity(_row.Value);

    /// <summary>Collector, customer, remote, estimated, installation or removal.</summary>
    public ReadingKind Kind => _row.Kind;

    /// <summary>How it reached the utility.</summary>
    public ReadingSource Source => _row.Source;

    /// <summary>Accepted, flagged for review or rejected.</summary>
    public ReadingStatus Status => _row.Status;

    /// <summary>Why it was flagged for review (empty when it was not).</summary>
    public IReadOnlyList<ReadingReviewReason> ReviewReasons => _row.ReviewReasons;

    /// <summary>When it was stored (UTC).</summary>
    public DateTime SubmittedAt => _row.CreatedAt;
}
