using IBok.Domain.Cases;

namespace IBok.Domain.Tests.Cases;

public sealed class CaseOptionsTests
{
    [Theory]
    [InlineData(CaseKind.Complaint, "RK")]
    [InlineData(CaseKind.Request, "ZG")]
    [InlineData(CaseKind.Question, "ZG")]
    [InlineData(CaseKind.DataChange, "ZG")]
    [InlineData(CaseKind.Refund, "ZG")]
    public void Default_Prefixes(CaseKind kind, string prefix)
    {
        Assert.Equal(prefix, CaseOptions.Default.PrefixFor(kind));
        Assert.Equal(14, CaseOptions.Default.ResponseDaysFor(kind));
    }

    [Fact]
    public void Default_ExtensionIs14Days()
    {
        Assert.Equal(14, CaseOptions.Default.ExtensionDays);
    }

    [Fact]
    public void Overrides_ReplaceOnlyTheKindsNamed()
    {
        var options = new CaseOptions(
            new Dictionary<CaseKind, string> { [CaseKind.Refund] = "ZW" },
            new Dictionary<CaseKind, int> { [CaseKind.Request] = 30 },
            extensionDays: 16);

        Assert.Equal("ZW", options.PrefixFor(CaseKind.Refund));
        Assert.Equal("RK", options.PrefixFor(CaseKind.Complaint));
        Assert.Equal(30, options.ResponseDaysFor(CaseKind.Request));
        Assert.Equal(14, options.ResponseDaysFor(CaseKind.Complaint));
        Assert.Equal(16, options.ExtensionDays);
        Assert.Equal(new CaseSignature("ZW", 2026, 7), options.SignatureFor(CaseKind.Refund, 2026, 7));
    }

    [Fact]
    public void Equality_ComparesEveryKind()
    {
        Assert.Equal(CaseOptions.Default, new CaseOptions());
        Assert.Equal(CaseOptions.Default, new CaseOptions(new Dictionary<CaseKind, string> { [CaseKind.Complaint] = "RK" }));
        Assert.NotEqual(CaseOptions.Default, new CaseOptions(responseDays: new Dictionary<CaseKind, int> { [CaseKind.Question] = 7 }));
    }

    [Fact]
    public void BadPrefix_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CaseOptions(new Dictionary<CaseKind, string> { [CaseKind.Question] = "pyt" }));

        Assert.StartsWith("Question: A case signature prefix has 1 to 5 upper-case letters A-Z; got 'pyt'.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void ResponseDaysOutOfRange_Throws(int days)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CaseOptions(responseDays: new Dictionary<CaseKind, int> { [CaseKind.Complaint] = days }));

        Assert.StartsWith($"The response deadline for Complaint must be 1 to 365 days; got {days}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtensionOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CaseOptions(extensionDays: 0));

        Assert.StartsWith("The deadline extension must be 1 to 365 days; got 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UndefinedKind_Throws()
    {
        var inOverride = Assert.Throws<ArgumentOutOfRangeException>(() => new CaseOptions(new Dictionary<CaseKind, string> { [(CaseKind)9] = "XX" }));
        var inLookup = Assert.Throws<ArgumentOutOfRangeException>(() => CaseOptions.Default.PrefixFor((CaseKind)9));
        var inDays = Assert.Throws<ArgumentOutOfRangeException>(() => CaseOptions.Default.ResponseDaysFor((CaseKind)9));

        Assert.StartsWith("Unknown case kind 9.", inOverride.Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown case kind 9.", inLookup.Message, StringComparison.Ordinal);
        Assert.StartsWith("Unknown case kind 9.", inDays.Message, StringComparison.Ordinal);
    }
}
