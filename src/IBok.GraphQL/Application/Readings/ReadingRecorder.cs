using System.Globalization;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Readings;

/// <summary>A reading stored by <see cref="ReadingRecorder"/>, with what the submitter is told about it.</summary>
/// <param name="Row">The stored row (accepted or flagged for review).</param>
/// <param name="Previous">The previous real reading the new one was compared with, if any.</param>
/// <param name="Consumption">The consumption since the previous reading (roll-over aware), if there was one.</param>
public sealed record RecordedReading(MeterReadingRow Row, MeterReading? Previous, decimal? Consumption);

/// <summary>Who submits a reading and how, for the stored row.</summary>
/// <param name="Source">Portal, without an account, staff, integration.</param>
/// <param name="AccountId">The submitting account or API key; null without an account.</param>
/// <param name="Name">Who submitted it, as shown to staff.</param>
public sealed record ReadingSubmitter(ReadingSource Source, long? AccountId, string Name);

/// <summary>
/// The one path from a submitted value to a stored reading: rebuilds the meter's history from its stored readings,
/// lets IBok.Domain's <see cref="MeterReadingHistory.Submit"/> decide, adds the legalization check, and adds the row
/// (the caller saves, inside its transaction).
/// </summary>
internal static class ReadingRecorder
{
    /// <summary>Checks and adds a reading of <paramref name="meter"/>; nothing is added when it is rejected.</summary>
    /// <param name="db">The context; the caller saves.</param>
    /// <param name="meter">The meter, already authorized for the caller.</param>
    /// <param name="date">The reading's date.</param>
    /// <param name="value">The counter value.</param>
    /// <param name="submitter">Who submits it.</param>
    /// <param name="today">Today, from the caller's clock.</param>
    /// <param name="nowUtc">Now, for the row.</param>
    /// <param name="revealDetails">Whether error messages may quote the meter's data (its owner and staff: yes; without an account: no).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static Task<Outcome<RecordedReading>> RecordAsync(
        IBokDbContext db,
        MeterRow meter,
        DateOnly date,
        decimal value,
        ReadingSubmitter submitter,
        DateOnly today,
        DateTime nowUtc,
        bool revealDetails,
        CancellationToken cancellationToken) =>
        RecordAsync(db, meter, date, value.ToString(CultureInfo.InvariantCulture), submitter, today, nowUtc, revealDetails, cancellationToken);

    /// <summary>Checks and adds a reading typed as text (a web form): IBok.Domain parses it, so text that is not a number
    /// is rejected as <see cref="ReadingRejectionReason.NotANumber"/> like every other rule.</summary>
    /// <param name="db">The context; the caller saves.</param>
    /// <param name="meter">The meter, already authorized for the caller.</param>
    /// <param name="date">The reading's date.</param>
    /// <param name="valueText">The counter value as typed (<c>.</c> or <c>,</c> as the decimal separator).</param>
    /// <param name="submitter">Who submits it.</param>
    /// <param name="today">Today, from the caller's clock.</param>
    /// <param name="nowUtc">Now, for the row.</param>
    /// <param name="revealDetails">Whether error messages may quote the meter's data.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<Outcome<RecordedReading>> RecordAsync(
        IBokDbContext db,
        MeterRow meter,
        DateOnly date,
        string valueText,
        ReadingSubmitter submitter,
        DateOnly today,
        DateTime nowUtc,
        bool revealDetails,
        CancellationToken cancellationToken)
    {
        // The meter row was authorized by the caller (viewer filter, or customer number plus serial number without an
        // account); its readings belong to the same customer, so they are read without the viewer filter, which an
        // anonymous caller would otherwise empty.
        var stored = await db.Set<MeterReadingRow>()
            .IgnoreQueryFilters()
            .Where(row => row.MeterId == meter.Id && row.Status != ReadingStatus.Rejected)
            .OrderBy(row => row.ReadingDate)
            .ToListAsync(cancellationToken);

        var premisesCode = await db.Set<PremisesRow>().IgnoreQueryFilters()
            .Where(premises => premises.Id == meter.PremisesId).Select(premises => premises.Code).SingleAsync(cancellationToken);
        var history = MeterMapping.ToHistory(meter, premisesCode, stored);
        var decision = history.Submit(new ReadingSubmission(date, valueText, ReadingKind.Customer), today);
        if (decision is ReadingDecision.Rejected rejected)
        {
            return ReadingErrorCodes.Rejected(rejected.Reason, history, date, revealDetails);
        }

        if (date > meter.LegalizationValidUntil)
        {
            return ReadingErrorCodes.LegalizationExpired(meter.LegalizationValidUntil, revealDetails);
        }

        var accepted = (ReadingDecision.Accepted)decision;
        var previous = history.Readings.LastOrDefault(reading => reading.IsReal && reading.Date < date);

        // IBok.Domain lets a real reading replace an estimate of the same day: the estimate only stood in for it.
        foreach (var replacedEstimate in stored.Where(row => row.ReadingDate == date && row.Kind == ReadingKind.Estimated))
        {
            db.Remove(replacedEstimate);
        }

        var row = MeterMapping.ToRow(accepted.Reading, meter, submitter.Source, submitter.Name, submitter.AccountId, nowUtc);
        db.Set<MeterReadingRow>().Add(row);
        return new RecordedReading(row, previous, accepted.Consumption?.Quantity);
    }
}
