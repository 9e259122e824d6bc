using IBok.Domain.Billing;

namespace IBok.Domain.Tests.Billing;

public sealed class InvoiceNumberSeriesTests
{
    private static readonly InvoiceNumberSeries Monthly = new("FV/{yyyy}/{MM}/{seq:6}");

    [Fact]
    public void Format_FillsYearMonthAndPaddedSequence()
    {
        Assert.Equal("FV/2026/11/000123", Monthly.Format(new DateOnly(2026, 11, 21), 123));
        Assert.Equal("FV/2026/01/999999", Monthly.Format(new DateOnly(2026, 1, 1), 999999));
    }

    [Fact]
    public void Parse_ReadsTheNumberBack()
    {
        Assert.Equal(new InvoiceNumberParts(2026, 11, 123), Monthly.Parse("FV/2026/11/000123"));
    }

    [Theory]
    [InlineData("FV/2026/11/00123")]
    [InlineData("FV/2026/13/000123")]
    [InlineData("FK/2026/11/000123")]
    [InlineData("FV/2026/11/000000")]
    [InlineData("FV/2026/11/000123 ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotOfTheSeries_ReturnsFalse(string? number)
    {
        Assert.False(Monthly.TryParse(number, out _));
    }

    [Fact]
    public void Parse_NotOfTheSeries_Throws()
    {
        var ex = Assert.Throws<FormatException>(() => Monthly.Parse("FK/2026/11/000123"));

        Assert.Equal("'FK/2026/11/000123' is not a number of series 'FV/{yyyy}/{MM}/{seq:6}'.", ex.Message);
    }

    [Fact]
    public void SequenceScope_IsPerSeriesAndMonth()
    {
        Assert.True(Monthly.RestartsMonthly);
        Assert.Equal("FV/2026/11/{seq:6}", Monthly.SequenceScope(new DateOnly(2026, 11, 1)));
        Assert.Equal(Monthly.SequenceScope(new DateOnly(2026, 11, 1)), Monthly.SequenceScope(new DateOnly(2026, 11, 30)));
        Assert.NotEqual(Monthly.SequenceScope(new DateOnly(2026, 11, 30)), Monthly.SequenceScope(new DateOnly(2026, 12, 1)));
        Assert.NotEqual(Monthly.SequenceScope(new DateOnly(2026, 11, 1)), new InvoiceNumberSeries("FK/{yyyy}/{MM}/{seq:6}").SequenceScope(new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void YearlySeries_HasNoMonthAndRestartsYearly()
    {
        var yearly = new InvoiceNumberSeries("{seq:4}/W/{yyyy}");

        Assert.False(yearly.RestartsMonthly);
        Assert.Equal("0042/W/2026", yearly.Format(new DateOnly(2026, 3, 9), 42));
        Assert.Equal(new InvoiceNumberParts(2026, null, 42), yearly.Parse("0042/W/2026"));
        Assert.Equal("{seq:4}/W/2026", yearly.SequenceScope(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void SeriesWithoutDate_ParsesSequenceOnly()
    {
        var series = new InvoiceNumberSeries("K-{seq:3}");

        Assert.Equal(new InvoiceNumberParts(null, null, 7), series.Parse("K-007"));
        Assert.Equal(999, series.MaxSequence);
    }

    [Fact]
    public void LiteralRegexCharacters_AreMatchedLiterally()
    {
        var series = new InvoiceNumberSeries("F.V+{yyyy}({seq:2})");

        Assert.Equal("F.V+2026(05)", series.Format(new DateOnly(2026, 1, 1), 5));
        Assert.True(series.TryParse("F.V+2026(05)", out _));
        Assert.False(series.TryParse("FxV+2026(05)", out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000000)]
    public void Format_SequenceOutOfRange_Throws(long sequence)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Monthly.Format(new DateOnly(2026, 11, 1), sequence));

        Assert.Contains("numbers invoices from 1 to 999999", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FV/{yyyy}/{MM}", "needs a sequence token")]
    [InlineData("FV/{seq:6}/{seq:6}", "repeats the token of Sequence")]
    [InlineData("FV/{yyyy}/{yyyy}/{seq:6}", "repeats the token of Year")]
    [InlineData("FV/{seq:0}", "the sequence width must be 1 to 18 digits")]
    [InlineData("FV/{seq:19}", "the sequence width must be 1 to 18 digits")]
    [InlineData("FV/{seq}", "the sequence width must be 1 to 18 digits")]
    [InlineData("FV/{dd}/{seq:6}", "unknown token '{dd}'")]
    [InlineData("FV/{MM}/{seq:6}", "has {MM} without {yyyy}")]
    [InlineData("FV/{yyyy/{seq:6}", "unmatched brace")]
    [InlineData("FV}/{seq:6}", "unmatched brace")]
    public void Constructor_InvalidPattern_Throws(string pattern, string reason)
    {
        var ex = Assert.Throws<FormatException>(() => new InvoiceNumberSeries(pattern));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
