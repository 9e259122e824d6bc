using IBok.Domain.Metering;

namespace IBok.GraphQL.Tests.Application.Demo;

[Collection(DemoUtilityCollection.Name)]
public sealed class DemoMeteringTests(DemoUtilityFixture fixture)
{
    private static readonly DateOnly Today = DemoUtilityFixture.Today;

    [Fact]
    public void Readings_RestoreAsValidHistories()
    {
        Assert.All(fixture.Customers.SelectMany(c => c.Meters), history =>
        {
            var restored = MeterReadingHistory.Restore(history.Meter, history.Readings);

            Assert.Equal(history.Readings, restored.Readings);
            Assert.All(history.Readings, r => Assert.True(r.Date <= Today));
        });
    }

    [Fact]
    public void Readings_ComeFromCollectorsCustomersRemoteReadsAndEstimates()
    {
        var kinds = fixture.Customers.SelectMany(c => c.Meters).SelectMany(m => m.Readings).Select(r => r.Kind).Distinct().Order().ToArray();

        Assert.Equal(
            [ReadingKind.Collector, ReadingKind.Customer, ReadingKind.Remote, ReadingKind.Estimated, ReadingKind.Installation, ReadingKind.Removal],
            kinds);
    }

    [Fact]
    public void SomeMeters_HaveLegalizationExpiringWithin90Days_NoneInstalledIsExpired()
    {
        var policy = fixture.Utility.Legalization;
        var installed = fixture.Customers.SelectMany(c => c.Meters).Select(m => m.Meter).Where(m => m.IsInstalledOn(Today)).ToArray();

        var expiring = installed.Where(m => policy.ExpiresWithin(m, Today, 90)).ToArray();

        Assert.InRange(expiring.Length, 5, 60);
        Assert.All(expiring, m => Assert.Equal(new DateOnly(2026, 12, 31), policy.ValidUntil(m)));
        Assert.All(installed, m => Assert.True(policy.IsLegalOn(m, Today), m.SerialNumber));
        Assert.Contains(fixture.Customers[0].Meters, m => policy.ExpiresWithin(m.Meter, Today, 90));
    }

    [Fact]
    public void HouseholdDemoCustomer_HasAMeterReplacementThatJoinsIntoASuccession()
    {
        var household = fixture.Customers[0];
        var replacement = Assert.Single(household.Replacements);
        var mainMeters = household.Meters.Where(m => m.Meter.Kind == MeterKind.MainWater).ToArray();

        var succession = new MeterSuccession(mainMeters);

        Assert.Equal(2, succession.Histories.Count);
        Assert.Equal(replacement.Date, mainMeters[0].Meter.RemovedOn);
        Assert.Equal(replacement.Date, mainMeters[1].Meter.InstalledOn);
        Assert.Equal(ReadingKind.Removal, mainMeters[0].Readings[^1].Kind);
        Assert.Equal(0m, mainMeters[1].Readings[0].Value);
        Assert.Contains(household.Meters, m => m.Meter.Kind == MeterKind.Submeter);
    }

    [Fact]
    public void MeterSerialNumbers_AreUnique()
    {
        var serials = fixture.Customers.SelectMany(c => c.Meters).Select(m => m.Meter.SerialNumber).ToArray();

        Assert.Equal(serials.Length, serials.Distinct(StringComparer.Ordinal).Count());
    }
}
