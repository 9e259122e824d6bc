using System.Globalization;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Meters, readings and invoices: one contract's billing periods, read on their last days and billed.</summary>
internal sealed partial class DemoCustomerFactory
{
    // Share of the year's water use per month: more in summer, less in winter.
    private static readonly decimal[] WaterSeason = [0.90m, 0.90m, 0.94m, 0.98m, 1.05m, 1.15m, 1.20m, 1.18m, 1.04m, 0.96m, 0.90m, 0.90m];

    // Garden watering per month, as a multiple of the customer's peak-month daily rate.
    private static readonly decimal[] GardenSeason = [0m, 0m, 0m, 0.05m, 0.55m, 0.90m, 1.00m, 0.85m, 0.40m, 0.05m, 0m, 0m];

    // Share of the year's heat per month (sums to 1): heating season October to April, hot water all year.
    private static readonly decimal[] HeatSeason = [0.170m, 0.150m, 0.120m, 0.075m, 0.035m, 0.020m, 0.020m, 0.020m, 0.035m, 0.080m, 0.125m, 0.150m];

    private void BillContract(
        int index,
        Profile profile,
        Contract contract,
        string premisesId,
        Seller invoiceSeller,
        Buyer buyer,
        List<MeterReadingHistory> meters,
        List<MeterReplacement> replacements,
        List<Invoice> invoices)
    {
        var periods = contract.BillingPeriodsBetween(new DatePeriod(historyStart, today)).Where(period => period.End <= today).ToArray();
        if (periods.Length == 0)
        {
            return;
        }

        var heat = contract.Supplies(UtilityService.Heat);
        var readingKind = contract.ReadingMethod switch
        {
            ReadingMethod.Collector => ReadingKind.Collector,
            ReadingMethod.SelfReading => ReadingKind.Customer,
            _ => ReadingKind.Remote,
        };
        var opening = profile.NewConnection ? contract.Start : periods[0].Start.AddDays(-1);
        var tracks = new List<MeterTrack>(2);
        var annualHeat = heat ? contract.OrderedHeatPowerMegawatts!.Value * Decimal(3_300m, 4_200m) : 0m;
        var gardenPeak = profile.Garden ? Decimal(0.15m, 0.55m) : 0m;
        if (heat)
        {
            tracks.Add(OpenMeter(index, 3, MeterKind.Heat, premisesId, opening, profile, readingKind, annualHeat / 365m));
        }
        else
        {
            tracks.Add(OpenMeter(index, 1, MeterKind.MainWater, premisesId, opening, profile, readingKind, profile.WaterPerDay + (gardenPeak * 0.35m)));
            if (profile.Garden)
            {
                tracks.Add(OpenMeter(index, 2, MeterKind.Submeter, premisesId, opening, profile, readingKind, gardenPeak * 0.35m));
            }
        }

        var replaceAfter = !heat && profile.Replacement && periods.Length >= 4 ? random.Next(1, periods.Length - 2) : -1;
        var services = contract.Services.ToHashSet();
        var intervals = new List<ConsumptionInterval>(4);
        for (var p = 0; p < periods.Length; p++)
        {
            var period = periods[p];
            var noise = Decimal(0.85m, 1.15m);
            decimal water = 0m, garden = 0m, heatGj = 0m;
            foreach (var month in period.SplitByMonth())
            {
                var fraction = (decimal)month.Days / DateTime.DaysInMonth(month.Start.Year, month.Start.Month);
                var season = month.Start.Month - 1;
                water += month.Days * profile.WaterPerDay * WaterSeason[season] * noise;
                garden += month.Days * gardenPeak * GardenSeason[season] * noise;
                heatGj += annualHeat * HeatSeason[season] * fraction * noise;
            }

            // A self-reader forgets now and then and the period is estimated; not with a garden submeter, whose summer
            // watering would make a winter estimate so high that settling it turns the next invoice into a credit.
            var estimate = readingKind == ReadingKind.Customer && !profile.Garden && p > 0 && p < periods.Length - 1 && index != HouseholdIndex && Chance(0.05);
            intervals.Clear();
            foreach (var track in tracks)
            {
                track.Truth += track.Meter.Kind switch
                {
                    MeterKind.Heat => heatGj,
                    MeterKind.Submeter => garden,
                    _ => water + garden,
                };
                if (p == replaceAfter && track.Meter.Kind == MeterKind.MainWater)
                {
                    replacements.Add(Replace(index, track, period.End, meters, intervals));
                }
                else if (estimate && track.History.EstimateAt(period.End) is EstimationResult.Estimated estimated)
                {
                    // A meter just installed has no average to estimate from; it is read like any other period then.
                    track.History = estimated.History;
                    intervals.Add(estimated.Consumption);
                }
                else
                {
                    var accepted = Submit(track.History, period.End, track.ReadingValue, readingKind);
                    track.History = accepted.History;
                    intervals.Add(accepted.Consumption!);
                }
            }

            var issueDate = period.End.AddDays(IssueDelayDays);
            if (issueDate > today)
            {
                continue;
            }

            var input = new BillingInput
            {
                Seller = invoiceSeller,
                Buyer = buyer,
                ContractNumber = contract.Number,
                TariffGroup = contract.TariffGroup,
                Services = services,
                ReadingMethod = contract.ReadingMethod,
                EInvoiceConsent = ElectronicInvoiceInForce(contract, issueDate),
                BillingPoints = contract.BillingPoints,
                OrderedHeatMegawatts = contract.OrderedHeatPowerMegawatts ?? 0m,
                BillingPeriod = period,
                Consumption = [.. intervals],
                IssueDate = issueDate,
                InvoiceNumber = sequences.NextNumber(DemoNumbering.InvoiceSeries, issueDate),
            };
            invoices.Add(calculator.Calculate(input));
        }

        foreach (var track in tracks)
        {
            meters.Add(track.History);
        }
    }

    private MeterTrack OpenMeter(int index, int ordinal, MeterKind kind, string premisesId, DateOnly opening, Profile profile, ReadingKind readingKind, decimal averagePerDay)
    {
        DateOnly legalizedOn, installedOn;
        var readingDate = opening;
        if (profile.NewConnection)
        {
            installedOn = opening;
            legalizedOn = opening.AddDays(-random.Next(20, 300));
        }
        else
        {
            var latest = opening.AddDays(-60);
            var year = profile.LegalizationEndsThisYear || (kind == MeterKind.MainWater && profile.Replacement)
                ? today.Year - 5
                : random.Next(today.Year - 4, Math.Max(today.Year - 4, latest.Year) + 1);
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31) < latest ? new DateOnly(year, 12, 31) : latest;
            legalizedOn = Day(first, last < first ? first : last);
            var installLatest = opening.AddDays(-30);
            installedOn = Day(legalizedOn, legalizedOn.AddDays(120) < installLatest ? legalizedOn.AddDays(120) : installLatest);
        }

        var capacity = kind == MeterKind.Heat || profile.Business ? 1_000_000m : 100_000m;
        var serial = SerialNumber(kind, legalizedOn.Year, index, ordinal);
        var meter = new Meter(serial, kind, premisesId, installedOn, legalizedOn, capacity);
        var track = new MeterTrack(meter, MeterReadingHistory.For(meter)) { Truth = kind == MeterKind.Heat ? 0m : random.Next(0, 3) };
        track.History = Submit(track.History, installedOn, track.ReadingValue, ReadingKind.Installation).History;
        if (installedOn < readingDate)
        {
            track.Truth += averagePerDay * (readingDate.DayNumber - installedOn.DayNumber) * Decimal(0.9m, 1.1m);
            track.History = Submit(track.History, readingDate, track.ReadingValue, readingKind == ReadingKind.Customer ? ReadingKind.Collector : readingKind).History;
        }

        return track;
    }

    private MeterReplacement Replace(int index, MeterTrack track, DateOnly day, List<MeterReadingHistory> meters, List<ConsumptionInterval> intervals)
    {
        var old = track.Meter;
        var legalizedOn = day.AddDays(-random.Next(15, 200));
        var serial = SerialNumber(old.Kind, legalizedOn.Year, index, 4);
        var newMeter = new Meter(serial, old.Kind, old.PremisesId, day, legalizedOn, old.CounterCapacity);
        var decision = MeterReplacement.Perform(track.History, newMeter, day, track.ReadingValue.ToString(CultureInfo.InvariantCulture), "0", today);
        if (decision is not ReplacementDecision.Completed completed)
        {
            throw new InvalidOperationException($"Demo meter {old.SerialNumber} could not be replaced on {day:yyyy-MM-dd}: {((ReplacementDecision.Rejected)decision).Message}");
        }

        meters.Add(completed.OldHistory);
        intervals.Add(completed.OldHistory.ConsumptionIntervals()[^1]);
        track.Meter = newMeter;
        track.History = completed.NewHistory;
        track.Truth = 0m;
        return completed.Replacement;
    }

    private ReadingDecision.Accepted Submit(MeterReadingHistory history, DateOnly day, decimal value, ReadingKind kind) =>
        history.Submit(ReadingSubmission.Of(day, value, kind), today) switch
        {
            ReadingDecision.Accepted accepted => accepted,
            ReadingDecision.Rejected rejected => throw new InvalidOperationException($"Demo reading of meter {history.Meter.SerialNumber} rejected: {rejected.Message}"),
            _ => throw new InvalidOperationException("Unreachable: a reading decision is accepted or rejected."),
        };

    private static string SerialNumber(MeterKind kind, int legalizationYear, int index, int ordinal)
    {
        var prefix = kind switch
        {
            MeterKind.Heat => "CP",
            MeterKind.Submeter => "PD",
            _ => "WM",
        };
        return prefix + (legalizationYear % 100).ToString("D2", CultureInfo.InvariantCulture) + index.ToString("D7", CultureInfo.InvariantCulture) + ordinal.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>One meter while its history is generated: the domain history so far and the counter's true (unrounded) state.</summary>
    private sealed class MeterTrack(Meter meter, MeterReadingHistory history)
    {
        public Meter Meter { get; set; } = meter;

        public MeterReadingHistory History { get; set; } = history;

        public decimal Truth { get; set; }

        /// <summary>What the display shows: water meters whole m³ (the black digits), heat meters to 0.001 GJ.</summary>
        public decimal ReadingValue => Meter.ReadingPrecision == 0
            ? decimal.Floor(Truth)
            : decimal.Floor(Truth * 1000m) / 1000m;
    }
}
