namespace IBok.Domain.Metering;

/// <summary>
/// What one meter measured between two consecutive accepted readings: the quantity consumed over the days after the
/// earlier reading up to and including the day of the later one.
/// </summary>
/// <remarks>
/// A reading dated D is taken as the state at the end of day D, so readings on 10 January and 10 February give an
/// interval of 11 January–10 February (31 days). Billing splits an interval across tariff periods pro rata by days.
/// </remarks>
/// <param name="MeterSerialNumber">The meter's serial number (numer fabryczny).</param>
/// <param name="MeterKind">What the meter measures; decides which services the quantity is billed as.</param>
/// <param name="Period">The days the consumption covers, both ends inclusive.</param>
/// <param name="Quantity">Consumed quantity in the meter's unit (m³, or GJ for heat meters). Negative only for the interval
/// that settles an over-estimate: a real reading below the estimated one before it.</param>
/// <param name="IsEstimated">True when either end is an estimated reading.</param>
public sealed record ConsumptionInterval(string MeterSerialNumber, MeterKind MeterKind, DatePeriod Period, decimal Quantity, bool IsEstimated);
