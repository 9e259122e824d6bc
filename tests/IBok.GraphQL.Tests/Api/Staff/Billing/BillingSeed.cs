using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Tariffs;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.Staff.Billing;

/// <summary>Tariffs and metered contracts for billing tests; February 2026 is the period billed.</summary>
internal static class BillingSeed
{
    public static readonly DateOnly January31 = new(2026, 1, 31);
    public static readonly DateOnly February28 = new(2026, 2, 28);

    /// <summary>G1 from 2025-07-01 (water 5.90, sewage 9.18, collector fee 6.72 or 5.72 with e-invoice) and VAT 8%/23% from 2023.</summary>
    public static async Task TariffsAsync(IBokDbContext db)
    {
        db.Add(new PriceListRow
        {
            TariffGroup = "G1", EffectiveFrom = new DateOnly(2025, 7, 1), WaterNetPerCubicMetre = 5.90m, SewageNetPerCubicMetre = 9.18m,
            SubscriptionFees =
            [
                new SubscriptionFeeRow { ReadingMethod = ReadingMethod.Collector, StandardNet = 6.72m, WithEInvoiceNet = 5.72m },
                new SubscriptionFeeRow { ReadingMethod = ReadingMethod.SelfReading, StandardNet = 4.41m, WithEInvoiceNet = 3.41m },
            ],
        });
        db.Add(new VatRatesRow { EffectiveFrom = new DateOnly(2023, 1, 1), WaterPercent = 8m, SewagePercent = 8m, SubscriptionPercent = 8m, HeatFixedPercent = 23m, HeatVariablePercent = 23m });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A customer (number <paramref name="customerNumber"/>, premises <c>P-{number}</c> in Gniezno) with a monthly G1 water
    /// and sewage contract from 2025-01-01 and a main water meter <c>WM-{number}</c> installed at 0 on 2025-01-01, read
    /// on 31 January and 28 February 2026 unless those values are null.
    /// </summary>
    public static async Task<ContractRow> MeteredContractAsync(
        IBokDbContext db, string customerNumber, string contractNumber, decimal? january = 100m, decimal? february = 112m, bool withMeter = true)
    {
        var customer = await StaffRows.AddCustomerAsync(db, customerNumber, "Gniezno", "Lipowa");
        var premisesId = await db.Set<PremisesRow>().Where(row => row.CustomerId == customer.Id).Select(row => row.Id).SingleAsync();
        var contract = new ContractRow
        {
            CustomerId = customer.Id, PremisesId = premisesId, Number = contractNumber, Services = [UtilityService.WaterSupply, UtilityService.SewageDisposal],
            TariffGroup = "G1", BillingCycle = BillingCycle.Monthly, ReadingMethod = ReadingMethod.Collector, StartDate = new DateOnly(2025, 1, 1), BillingPoints = 1,
        };
        db.Add(contract);
        await db.SaveChangesAsync();
        if (!withMeter)
        {
            return contract;
        }

        var meter = new MeterRow
        {
            CustomerId = customer.Id, PremisesId = premisesId, SerialNumber = "WM-" + customerNumber, Kind = MeterKind.MainWater, Unit = MeterUnit.CubicMetre,
            InstalledOn = new DateOnly(2025, 1, 1), LegalizedOn = new DateOnly(2025, 1, 1), LegalizationValidUntil = new DateOnly(2030, 12, 31),
            CounterCapacity = 100_000m, ReadingPrecision = 0,
        };
        db.Add(meter);
        await db.SaveChangesAsync();
        db.Add(Reading(meter, new DateOnly(2025, 1, 1), 0m, ReadingKind.Installation));
        if (january is { } januaryValue)
        {
            db.Add(Reading(meter, January31, januaryValue, ReadingKind.Collector));
        }

        if (february is { } februaryValue)
        {
            db.Add(Reading(meter, February28, februaryValue, ReadingKind.Collector));
        }

        await db.SaveChangesAsync();
        return contract;
    }

    public static MeterReadingRow Reading(MeterRow meter, DateOnly date, decimal value, ReadingKind kind, ReadingStatus status = ReadingStatus.Accepted) => new()
    {
        CustomerId = meter.CustomerId, MeterId = meter.Id, ReadingDate = date, Value = value, Kind = kind, Source = ReadingSource.Staff, Status = status,
        SubmittedBy = "inkasent", CreatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}
