using IBok.GraphQL.Types;
using static IBok.GraphQL.Tests.Types.CoercionAssert;

namespace IBok.GraphQL.Tests.Types;

public sealed class ExtendedScalarTests
{
    [Fact]
    public void Date_RoundTripsIsoDates()
    {
        Assert.Equal("2026-01-31", ScalarType.Date.Serialize(new DateOnly(2026, 1, 31)));
        Assert.Equal(new DateOnly(2024, 2, 29), ScalarType.Date.ParseValue("2024-02-29"));
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", ScalarType.Date.SpecifiedByUrl);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2026-1-31")]
    [InlineData("2026-01-31T00:00:00Z")]
    [InlineData("31.01.2026")]
    public void DateParseValue_RejectsInvalidDateStrings(string text) =>
        Rejects(ScalarType.Date.ParseValue, text, $"Date cannot represent an invalid date string: \"{text}\"");

    [Fact]
    public void Date_RejectsOtherValues()
    {
        Rejects(ScalarType.Date.ParseValue, 20260131L, "Date cannot represent a non string value: 20260131");
        Rejects(ScalarType.Date.Serialize, "2026-01-31", "Date cannot represent value: \"2026-01-31\"");
    }

    [Fact]
    public void DateTimeSerialize_WritesRfc3339WithOffset()
    {
        Assert.Equal("2026-01-31T14:05:00+01:00", ScalarType.DateTime.Serialize(new DateTimeOffset(2026, 1, 31, 14, 5, 0, TimeSpan.FromHours(1))));
        Assert.Equal("2026-01-31T14:05:00.25Z", ScalarType.DateTime.Serialize(new DateTimeOffset(2026, 1, 31, 14, 5, 0, 250, TimeSpan.Zero)));
        Assert.Equal("2026-01-31T14:05:00Z", ScalarType.DateTime.Serialize(new DateTime(2026, 1, 31, 14, 5, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void DateTimeSerialize_RejectsDateTimeWithoutKnownOffset() =>
        Rejects(ScalarType.DateTime.Serialize, new DateTime(2026, 1, 31, 14, 5, 0, DateTimeKind.Unspecified), "DateTime cannot represent value: 01/31/2026 14:05:00");

    [Fact]
    public void DateTimeParseValue_KeepsTheOffset()
    {
        var parsed = (DateTimeOffset)ScalarType.DateTime.ParseValue("2026-03-29T01:30:00.1234567-02:30");

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromMinutes(-150)).AddTicks(1234567), parsed);
        Assert.Equal(TimeSpan.FromMinutes(-150), parsed.Offset);
    }

    [Theory]
    [InlineData("2026-01-31T14:05:00")]
    [InlineData("2026-01-31 14:05:00Z")]
    [InlineData("2026-02-30T14:05:00Z")]
    [InlineData("2026-01-31")]
    public void DateTimeParseValue_RejectsMissingOffsetOrInvalidText(string text) =>
        Rejects(ScalarType.DateTime.ParseValue, text, $"DateTime cannot represent an invalid date-time string: \"{text}\"");

    [Fact]
    public void DateTimeParseValue_RejectsNonStrings() =>
        Rejects(ScalarType.DateTime.ParseValue, 5L, "DateTime cannot represent a non string value: 5");

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData("-0.05", "-0.05")]
    [InlineData("1e3", "1000")]
    public void DecimalParseValue_ReadsNumericStrings(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ScalarType.Decimal.ParseValue(text));

    [Fact]
    public void Decimal_SerializesAsStringKeepingScale()
    {
        Assert.Equal("12.50", ScalarType.Decimal.Serialize(12.50m));
        Assert.Equal("7", ScalarType.Decimal.Serialize(7L));
        Assert.Equal(0.1m, ScalarType.Decimal.ParseValue(0.1));
        Assert.Equal(5m, ScalarType.Decimal.ParseValue(5L));
    }

    [Fact]
    public void Decimal_RejectsFloatsOnOutputAndNonNumbersOnInput()
    {
        Rejects(ScalarType.Decimal.Serialize, 0.1, "Decimal cannot represent value: 0.1");
        Rejects(ScalarType.Decimal.ParseValue, "12,50", "Decimal cannot represent value: \"12,50\"");
        Rejects(ScalarType.Decimal.ParseValue, " 1", "Decimal cannot represent value: \" 1\"");
        Rejects(ScalarType.Decimal.ParseValue, true, "Decimal cannot represent value: true");
        Rejects(ScalarType.Decimal.ParseValue, double.NaN, "Decimal cannot represent value: NaN");
    }

    [Fact]
    public void Long_SerializesAsNumber()
    {
        Assert.Equal(9_007_199_254_740_993L, ScalarType.Long.Serialize(9_007_199_254_740_993L));
        Assert.Equal(5L, ScalarType.Long.Serialize(5));
        Rejects(ScalarType.Long.Serialize, ulong.MaxValue, "Long cannot represent non 64-bit signed integer value: 18446744073709551615");
        Rejects(ScalarType.Long.Serialize, 1.5, "Long cannot represent non-integer value: 1.5");
        Rejects(ScalarType.Long.Serialize, "5", "Long cannot represent non-integer value: \"5\"");
    }

    [Fact]
    public void LongParseValue_AcceptsIntegralNumbersWithinDoublePrecision()
    {
        Assert.Equal(long.MaxValue, ScalarType.Long.ParseValue(long.MaxValue));
        Assert.Equal(9_007_199_254_740_991L, ScalarType.Long.ParseValue(9_007_199_254_740_991.0));
        Assert.Equal(12L, ScalarType.Long.ParseValue(12m));
        Rejects(ScalarType.Long.ParseValue, 9_007_199_254_740_992.0,
            "Long cannot represent an integer beyond 2^53 - 1 given as a floating-point number: 9007199254740992");
        Rejects(ScalarType.Long.ParseValue, 1.5, "Long cannot represent non-integer value: 1.5");
        Rejects(ScalarType.Long.ParseValue, 1e20m, "Long cannot represent non 64-bit signed integer value: 100000000000000000000");
        Rejects(ScalarType.Long.ParseValue, "12", "Long cannot represent non-integer value: \"12\"");
    }
}
