using System.Globalization;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Application.Demo;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;

namespace IBok.GraphQL.Application.Staff.Billing;

/// <summary>The stored rows one contract is billed from.</summary>
/// <param name="Contract">The contract.</param>
/// <param name="Customer">Its customer.</param>
/// <param name="Premises">Its premises.</param>
/// <param name="ConsentChanges">The customer's consent history (its e-invoice rows give the contract's consent).</param>
/// <param name="Meters">Every meter ever installed at the premises.</param>
/// <param name="Readings">The meters' readings.</param>
internal sealed record ContractBillingRows(
    ContractRow Contract, CustomerRow Customer, PremisesRow Premises, IReadOnlyList<ConsentChangeRow> ConsentChanges, IReadOnlyList<MeterRow> Meters, IReadOnlyList<MeterReadingRow> Readings);

/// <summary>A contract period ready to be priced, or why it is not.</summary>
/// <param name="Input">The billing input (with a placeholder number), when ready.</param>
/// <param name="Skip">Why the period is not billed now (missing readings, tariffs).</param>
/// <param name="Error">Why the stored data cannot be billed at all.</param>
internal sealed record BillingPreparation(BillingInput? Input, BillingSkip? Skip, StaffActionError? Error);

/// <summary>
/// Turns one contract's rows into the domain's <see cref="BillingInput"/> for one period and prices it once, so a
/// period that cannot be billed is found before it takes an invoice number.
/// </summary>
/// <remarks>
/// The meters billed are those at the contract's premises during the period whose kind the contract's services
/// use: main and hot water for water or sewage, submeters for sewage, heat meters for heat. Each must have been read
/// on the period's last day (or its removal day) and on the day before the period (or at its installation inside
/// it), so every consumption interval lies inside the period, as <see cref="InvoiceCalculator"/> requires. A reading
/// of those days still flagged for review holds the period back until staff decide on it.
/// </remarks>
internal static class BillingInputAssembler
{
    /// <summary>The number a period is priced with before it gets its real one.</summary>
    public const string PendingNumber = "PENDING";

    public static BillingPreparation Prepare(ContractBillingRows rows, DatePeriod period, DateOnly issueDate, BillingOptions options, InvoiceCalculator calculator)
    {
        var contractNumber = rows.Contract.Number;
        try
        {
            var contract = ContractMapping.ToDomain(rows.Contract, rows.Customer.Number, rows.Premises.Code, rows.ConsentChanges);
            var customer = CustomerMapping.ToDomain(rows.Customer, rows.ConsentChanges);
            var consumption = new List<ConsumptionInterval>();
            if (CollectConsumption(rows, contract, period, consumption) is { } skip)
            {
                return new BillingPreparation(null, skip, null);
            }

            var input = new BillingInput
            {
                Seller = options.SellerPayingTo(rows.Customer.IndividualAccountNumber),
                Buyer = new Buyer(customer.Name, customer.CorrespondenceAddress, customer.Nip),
                ContractNumber = contract.Number,
                TariffGroup = contract.TariffGroup,
                Services = contract.Services.ToHashSet(),
                ReadingMethod = contract.ReadingMethod,
                EInvoiceConsent = DemoUtilityGenerator.ElectronicInvoiceInForce(contract, issueDate),
                BillingPoints = contract.BillingPoints,
                OrderedHeatMegawatts = contract.OrderedHeatPowerMegawatts ?? 0m,
                BillingPeriod = period,
                Consumption = consumption,
                IssueDate = issueDate,
                PaymentTermDays = options.PaymentTermDays,
                InvoiceNumber = PendingNumber,
            };
            calculator.Calculate(input);
            return new BillingPreparation(input, null, null);
        }
        catch (Exception tariff) when (tariff is TariffNotInForceException or VatRatesNotInForceException or TariffComponentMissingException)
        {
            return new BillingPreparation(null, new BillingSkip(contractNumber, period, BillingSkipReasons.TariffMissing, tariff.Message), null);
        }
        catch (Exception invalid) when (invalid is ArgumentException or FormatException or InvalidDataException or InvalidOperationException)
        {
            // Rows a person edited into a state the domain refuses: reported for this contract, the run goes on.
            return new BillingPreparation(null, null, new StaffActionError(
                "BILLING_FAILED", $"Contract {contractNumber}, period {period}: {invalid.Message}"));
        }
    }

    private static BillingSkip? CollectConsumption(ContractBillingRows rows, Contract contract, DatePeriod period, List<ConsumptionInterval> consumption)
    {
        var waterOrSewage = contract.Supplies(UtilityService.WaterSupply) || contract.Supplies(UtilityService.SewageDisposal);
        var meters = rows.Meters
            .Where(meter => meter.InstalledOn <= period.End && (meter.RemovedOn is null || meter.RemovedOn >= period.Start))
            .Where(meter => meter.Kind switch
            {
                MeterKind.MainWater or MeterKind.HotWater => waterOrSewage,
                MeterKind.Submeter => contract.Supplies(UtilityService.SewageDisposal),
                MeterKind.Heat => contract.Supplies(UtilityService.Heat),
                _ => false,
            })
            .OrderBy(meter => meter.SerialNumber, StringComparer.Ordinal)
            .ToList();
        if (waterOrSewage && !meters.Any(meter => meter.Kind is MeterKind.MainWater or MeterKind.HotWater))
        {
            return Skip(rows, period, BillingSkipReasons.NoMeter, $"No water meter is installed at premises {rows.Premises.Code} during {period}.");
        }

        if (contract.Supplies(UtilityService.Heat) && !meters.Any(meter => meter.Kind == MeterKind.Heat))
        {
            return Skip(rows, period, BillingSkipReasons.NoMeter, $"No heat meter is installed at premises {rows.Premises.Code} during {period}.");
        }

        var dayBefore = period.Start.AddDays(-1);
        foreach (var meter in meters)
        {
            var readings = rows.Readings.Where(reading => reading.MeterId == meter.Id && reading.Status != ReadingStatus.Rejected).ToList();
            var lastDay = meter.RemovedOn is { } removed && removed < period.End ? removed : period.End;
            var flagged = readings.FirstOrDefault(reading => reading.Status == ReadingStatus.FlaggedForReview && reading.ReadingDate >= dayBefore && reading.ReadingDate <= lastDay);
            if (flagged is not null)
            {
                return Skip(rows, period, BillingSkipReasons.ReadingNotReviewed, $"The reading of meter {meter.SerialNumber} on {Iso(flagged.ReadingDate)} waits for review.");
            }

            if (!readings.Any(reading => reading.ReadingDate == lastDay))
            {
                return Skip(rows, period, BillingSkipReasons.ReadingMissing, $"Meter {meter.SerialNumber} has no reading on {Iso(lastDay)}, the last day it is billed for.");
            }

            var history = MeterMapping.ToHistory(meter, rows.Premises.Code, readings);
            var intervals = history.ConsumptionIntervals(period);
            if (intervals.FirstOrDefault(interval => interval.Period.Start < period.Start) is not null)
            {
                return Skip(rows, period, BillingSkipReasons.ReadingMissing, $"Meter {meter.SerialNumber} has no reading on {Iso(dayBefore)}, the day before the period.");
            }

            consumption.AddRange(intervals);
        }

        return null;
    }

    private static BillingSkip Skip(ContractBillingRows rows, DatePeriod period, string reason, string message) =>
        new(rows.Contract.Number, period, reason, message);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
