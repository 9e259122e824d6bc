using IBok.Domain.Metering;

namespace IBok.Domain.Tests.Metering;

/// <summary>Meters and reading helpers shared by the metering tests.</summary>
internal static class MeteringFixtures
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    public static Meter Water(
        string serial = "WM-001",
        DateOnly? installedOn = null,
        decimal capacity = 100000m,
        int? precision = null,
        DateOnly? removedOn = null,
        MeterKind kind = MeterKind.MainWater) =>
        new(serial, kind, "P-17", installedOn ?? new DateOnly(2025, 1, 1), new DateOnly(2024, 11, 5), capacity, precision, removedOn);

    public static MeterReadingHistory History(Meter meter, params (DateOnly Date, decimal Value)[] readings) =>
        History(meter, ReadingReviewPolicy.Default, readings);

    public static MeterReadingHistory History(Meter meter, ReadingReviewPolicy policy, params (DateOnly Date, decimal Value)[] readings)
    {
        var history = MeterReadingHistory.For(meter, policy);
        foreach (var (date, value) in readings)
        {
            history = Accept(history, date, value).History;
        }

        return history;
    }

    public static ReadingDecision.Accepted Accept(MeterReadingHistory history, DateOnly date, decimal value, ReadingKind kind = ReadingKind.Customer)
    {
        var decision = history.Submit(ReadingSubmission.Of(date, value, kind), Today);
        return decision as ReadingDecision.Accepted
            ?? throw new InvalidOperationException($"Expected {value} on {date} to be accepted, got {decision}.");
    }

    public static ReadingDecision.Rejected Reject(MeterReadingHistory history, ReadingSubmission submission, DateOnly? today = null)
    {
        var decision = history.Submit(submission, today ?? Today);
        return decision as ReadingDecision.Rejected
            ?? throw new InvalidOperationException($"Expected {submission} to be rejected, got {decision}.");
    }

    public static MeterReadingHistory Estimate(MeterReadingHistory history, DateOnly date)
    {
        var result = history.EstimateAt(date);
        return result is EstimationResult.Estimated estimated
            ? estimated.History
            : throw new InvalidOperationException($"Expected an estimate on {date}, got {result}.");
    }
}
