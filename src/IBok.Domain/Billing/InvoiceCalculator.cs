using System.Globalization;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Tariffs;

namespace IBok.Domain.Billing;

/// <summary>Turns a <see cref="BillingInput"/> into an <see cref="Invoice"/> priced from a <see cref="TariffBook"/>. Pure and
/// deterministic: the same input and tariffs always give an equal invoice.</summary>
/// <remarks>
/// <para>The billing period is cut into tariff segments wherever the group's price list or the VAT rates change
/// (<see cref="TariffBook.Split"/>). The lines, in print order:</para>
/// <list type="number">
/// <item><description>"Dostawa wody": one line per segment with water consumption. Water is the sum of the main-water
/// and hot-water meters: under an individual contract in a multi-family building (art. 6 ust. 6 of the act on
/// collective water supply and sewage disposal) the flat's cold- and hot-water meters together measure the water
/// supplied. Each interval is split across segments by <see cref="ConsumptionSplit"/>.</description></item>
/// <item><description>"Odprowadzanie ścieków": per segment, that water minus the submeters' volume (water that does
/// not reach the sewer, art. 27 ust. 6 of the same act). The deduction never exceeds the water, so a submeter cannot
/// push sewage below zero: reading more than the main meter in a segment yields 0 m³, not a credit (the floor applies
/// per segment). The one negative case is a settled over-estimate of the main meter itself (negative water): it deducts
/// nothing and returns the sewage charged on the estimate.</description></item>
/// <item><description>"Opłata abonamentowa": when the contract has water or sewage, one line per calendar month (part)
/// per segment; the quantity is billing points × days ÷ days in the month, rounded to 4 decimals half away from zero,
/// so a month cut by the billing period or a tariff change is charged pro rata by days.</description></item>
/// <item><description>"Opłata stała za moc zamówioną": for heat, likewise per month (part), quantity ordered MW × days ÷
/// days in the month rounded to 4 decimals.</description></item>
/// <item><description>"Opłata zmienna za ciepło": for heat, one line per segment with heat-meter consumption, in GJ.</description></item>
/// </list>
/// <para>A consumption line is marked <see cref="InvoiceLine.IsEstimated"/> when any interval behind it is estimated
/// (sewage also when a submeter interval is); the next real reading settles it.</para>
/// <para>Every net value is quantity × net unit price rounded once to the grosz; VAT follows the input's
/// <see cref="BillingInput.VatMethod"/>, by default per-rate totals (art. 106e ust. 1 pkt 14 of the VAT act).</para>
/// </remarks>
public sealed class InvoiceCalculator
{
    /// <summary>Printed name of water supply.</summary>
    public const string WaterName = "Dostawa wody";

    /// <summary>Printed name of sewage disposal.</summary>
    public const string SewageName = "Odprowadzanie ścieków";

    /// <summary>Printed name of the subscription fee.</summary>
    public const string SubscriptionName = "Opłata abonamentowa";

    /// <summary>Printed name of the fixed heat fee.</summary>
    public const string HeatFixedName = "Opłata stała za moc zamówioną";

    /// <summary>Printed name of the variable heat fee.</summary>
    public const string HeatVariableName = "Opłata zmienna za ciepło";

    /// <summary>The decimals of month-fraction quantities (billing point months, MW months): 4.</summary>
    public const int MonthFractionDecimals = 4;

    private const string CubicMetre = "m³";
    private const string Gigajoule = "GJ";
    private const string Month = "mies.";
    private const string MegawattMonth = "MW·mies.";

    private readonly TariffBook tariffs;

    /// <summary>Creates a calculator pricing from <paramref name="tariffs"/>.</summary>
    public InvoiceCalculator(TariffBook tariffs) => this.tariffs = tariffs ?? throw new ArgumentNullException(nameof(tariffs));

    /// <summary>Bills one contract for one period.</summary>
    /// <exception cref="InvalidBillingInputException">An interval lies outside the billing period, a meter does not match the
    /// contract's services, water or sewage without billing points, or heat without ordered capacity.</exception>
    /// <exception cref="TariffNotInForceException">A day of the period has no price list for the group.</exception>
    /// <exception cref="VatRatesNotInForceException">A day of the period has no VAT rates.</exception>
    /// <exception cref="TariffComponentMissingException">The price list lacks the subscription fee for the reading method, or heat prices.</exception>
    public Invoice Calculate(BillingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var hasWater = input.Services.Contains(UtilityService.WaterSupply);
        var hasSewage = input.Services.Contains(UtilityService.SewageDisposal);
        var hasHeat = input.Services.Contains(UtilityService.Heat);
        if ((hasWater || hasSewage) && input.BillingPoints < 1)
        {
            throw new InvalidBillingInputException(nameof(BillingInput.BillingPoints), string.Create(CultureInfo.InvariantCulture, $"Contract {input.ContractNumber} supplies water or sewage, so it needs at least one billing point; got {input.BillingPoints}."));
        }

        if (hasHeat && input.OrderedHeatMegawatts <= 0m)
        {
            throw new InvalidBillingInputException(nameof(BillingInput.OrderedHeatMegawatts), $"Contract {input.ContractNumber} supplies heat, so it needs an ordered capacity above 0 MW.");
        }

        var segments = tariffs.Split(input.TariffGroup, input.BillingPeriod);
        var count = segments.Count;
        var water = new decimal[count];
        var submetered = new decimal[count];
        var heat = new decimal[count];
        var waterTouched = new bool[count];
        var heatTouched = new bool[count];
        var waterEstimated = new bool[count];
        var sewageEstimated = new bool[count];
        var heatEstimated = new bool[count];
        var consumption = input.Consumption;
        for (var i = 0; i < consumption.Count; i++)
        {
            var interval = consumption[i];
            CheckInside(input, interval);
            switch (interval.MeterKind)
            {
                case MeterKind.MainWater or MeterKind.HotWater:
                    Require(hasWater || hasSewage, input, interval, "water supply or sewage disposal");
                    Spread(interval, segments, water, waterTouched, waterEstimated, sewageEstimated);
                    break;
                case MeterKind.Submeter:
                    Require(hasSewage, input, interval, "sewage disposal");
                    Spread(interval, segments, submetered, null, sewageEstimated, null);
                    break;
                case MeterKind.Heat:
                    Require(hasHeat, input, interval, "heat");
                    Spread(interval, segments, heat, heatTouched, heatEstimated, null);
                    break;
                default:
                    throw new InvalidBillingInputException(nameof(BillingInput.Consumption), $"Meter {interval.MeterSerialNumber} has an unknown kind {interval.MeterKind}.");
            }
        }

        var lines = new List<InvoiceLine>(count * 2 + (input.BillingPeriod.Days / 28) + 2);
        if (hasWater)
        {
            for (var s = 0; s < count; s++)
            {
                if (waterTouched[s])
                {
                    var segment = segments[s];
                    lines.Add(InvoiceLine.Priced(TariffComponent.Water, WaterName, segment.Period, water[s], CubicMetre, segment.Prices.WaterPerCubicMetre, segment.VatRates.Water, waterEstimated[s]));
                }
            }
        }

        if (hasSewage)
        {
            for (var s = 0; s < count; s++)
            {
                if (waterTouched[s])
                {
                    var segment = segments[s];
                    lines.Add(InvoiceLine.Priced(TariffComponent.Sewage, SewageName, segment.Period, SewageVolume(water[s], submetered[s]), CubicMetre, segment.Prices.SewagePerCubicMetre, segment.VatRates.Sewage, sewageEstimated[s]));
                }
            }
        }

        if (hasWater || hasSewage)
        {
            for (var s = 0; s < count; s++)
            {
                var segment = segments[s];
                var fee = segment.Prices.MonthlySubscriptionFee(input.ReadingMethod, input.EInvoiceConsent);
                AddMonthly(lines, TariffComponent.Subscription, SubscriptionName, Month, input.BillingPoints, fee, segment.Period, segment.VatRates.Subscription);
            }
        }

        if (hasHeat)
        {
            for (var s = 0; s < count; s++)
            {
                var segment = segments[s];
                var prices = segment.Prices.RequireHeat();
                AddMonthly(lines, TariffComponent.HeatFixed, HeatFixedName, MegawattMonth, input.OrderedHeatMegawatts, prices.FixedPerMegawattMonth, segment.Period, segment.VatRates.HeatFixed);
            }

            for (var s = 0; s < count; s++)
            {
                if (heatTouched[s])
                {
                    var segment = segments[s];
                    lines.Add(InvoiceLine.Priced(TariffComponent.HeatVariable, HeatVariableName, segment.Period, heat[s], Gigajoule, segment.Prices.RequireHeat().VariablePerGigajoule, segment.VatRates.HeatVariable, heatEstimated[s]));
                }
            }
        }

        return new Invoice(
            input.InvoiceNumber,
            input.IssueDate,
            input.BillingPeriod,
            input.PaymentTermDays,
            input.Seller,
            input.Buyer,
            input.ContractNumber,
            input.TariffGroup,
            lines,
            input.VatMethod);
    }

    /// <summary>Water minus submetered water, where the deduction never exceeds the water billed.</summary>
    /// <remarks>A submeter reading more than the main meter yields 0 m³, not a credit. Negative water (a settled
    /// over-estimate of the main meter) deducts nothing and gives equally negative sewage, returning the sewage charged on the
    /// estimate; a negative submeter volume (its own over-estimate settled) raises sewage by as much.</remarks>
    internal static decimal SewageVolume(decimal water, decimal submetered)
    {
        var deductible = water > 0m ? water : 0m;
        return water - (submetered < deductible ? submetered : deductible);
    }

    private static void AddMonthly(List<InvoiceLine> lines, TariffComponent component, string name, string unit, decimal perMonth, decimal unitPrice, DatePeriod period, VatRate vatRate)
    {
        var cursor = period.Start;
        while (cursor <= period.End)
        {
            var daysInMonth = DateTime.DaysInMonth(cursor.Year, cursor.Month);
            var monthEnd = new DateOnly(cursor.Year, cursor.Month, daysInMonth);
            var end = monthEnd < period.End ? monthEnd : period.End;
            var days = end.DayNumber - cursor.DayNumber + 1;
            var quantity = days == daysInMonth ? perMonth : Math.Round(perMonth * days / daysInMonth, MonthFractionDecimals, MidpointRounding.AwayFromZero);
            lines.Add(InvoiceLine.Priced(component, name, new DatePeriod(cursor, end), quantity, unit, unitPrice, vatRate));
            cursor = end.AddDays(1);
        }
    }

    private static void Spread(ConsumptionInterval interval, IReadOnlyList<TariffSegment> segments, decimal[] totals, bool[]? touched, bool[] estimated, bool[]? alsoEstimated)
    {
        var last = -1;
        for (var s = 0; s < segments.Count; s++)
        {
            if (segments[s].Period.Overlaps(interval.Period))
            {
                last = s;
            }
        }

        var remaining = interval.Quantity;
        for (var s = 0; s < segments.Count; s++)
        {
            var period = segments[s].Period;
            if (!period.Overlaps(interval.Period))
            {
                continue;
            }

            var share = s == last ? remaining : ConsumptionSplit.Share(interval.Quantity, interval.Period, period);
            totals[s] += share;
            remaining -= share;
            if (touched is not null)
            {
                touched[s] = true;
            }

            if (interval.IsEstimated)
            {
                estimated[s] = true;
                if (alsoEstimated is not null)
                {
                    alsoEstimated[s] = true;
                }
            }
        }
    }

    private static void CheckInside(BillingInput input, ConsumptionInterval interval)
    {
        if (interval.Period.Start < input.BillingPeriod.Start || interval.Period.End > input.BillingPeriod.End)
        {
            throw new InvalidBillingInputException(
                nameof(BillingInput.Consumption),
                string.Create(CultureInfo.InvariantCulture, $"Consumption of meter {interval.MeterSerialNumber} over {interval.Period} lies outside the billing period {input.BillingPeriod}."));
        }
    }

    private static void Require(bool serviceContracted, BillingInput input, ConsumptionInterval interval, string service)
    {
        if (!serviceContracted)
        {
            throw new InvalidBillingInputException(
                nameof(BillingInput.Consumption),
                $"Meter {interval.MeterSerialNumber} ({interval.MeterKind}) is billed as {service}, which contract {input.ContractNumber} does not provide.");
        }
    }
}
