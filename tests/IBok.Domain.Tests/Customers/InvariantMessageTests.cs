using System.Globalization;
using IBok.Domain.Cases;
using IBok.Domain.Customers;
using CaseFixtures = IBok.Domain.Tests.Cases.CaseFixtures;

namespace IBok.Domain.Tests.Customers;

/// <summary>Error messages read the same whatever the current culture is, even one with another calendar or minus sign.</summary>
public sealed class InvariantMessageTests
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("sv-SE")]
    public void Messages_UseTheInvariantCulture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var contract = Assert.Throws<ArgumentException>(() => ContractTests.Water(new(2026, 3, 1), new DateOnly(2026, 2, 28)));
            var points = Assert.Throws<ArgumentOutOfRangeException>(() => ContractTests.Water(new(2026, 3, 1), billingPoints: -3));
            var extension = Assert.Throws<CaseRuleViolationException>(() =>
                CaseFixtures.In(CaseStatus.InProgress).ExtendDeadline(new(2026, 3, 17, 8, 0, 0, TimeSpan.FromHours(1)), CaseFixtures.Clerk, "Za późno.", CaseOptions.Default));

            Assert.StartsWith("Contract UM/2026/0042 cannot end (2026-02-28) before it starts (2026-03-01).", contract.Message, StringComparison.Ordinal);
            Assert.StartsWith("Contract UM/2026/0042 needs at least 1 billing point; got -3.", points.Message, StringComparison.Ordinal);
            Assert.Equal("The deadline of case RK/2026/000123 passed on 2026-03-16; it cannot be extended on 2026-03-17.", extension.Message);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
