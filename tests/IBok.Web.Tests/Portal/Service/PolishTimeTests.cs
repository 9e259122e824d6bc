using IBok.Web.Portal.Service;

namespace IBok.Web.Tests.Portal.Service;

public sealed class PolishTimeTests
{
    [Theory]
    [InlineData("2026-11-21T14:30", "2026-11-21T13:30:00Z")]
    [InlineData("2026-07-01T14:30", "2026-07-01T12:30:00Z")]
    [InlineData("2026-03-29T02:30", "2026-03-29T01:30:00Z")]
    [InlineData("2026-11-21 14:30", "2026-11-21T13:30:00Z")]
    public void ParseInput_LocalTime_IsTheUtcInstant(string input, string expectedUtc)
    {
        var parsed = PolishTime.ParseInput(input);

        Assert.Equal(expectedUtc, parsed?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, parsed?.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("21.11.2026 14:30")]
    [InlineData("2026-02-30T10:00")]
    public void ParseInput_NotADateTime_IsNull(string? input) => Assert.Null(PolishTime.ParseInput(input));

    [Fact]
    public void ToInput_Utc_IsPolishLocalTime() =>
        Assert.Equal("2026-11-21T14:30", PolishTime.ToInput(new DateTime(2026, 11, 21, 13, 30, 0, DateTimeKind.Utc)));
}
