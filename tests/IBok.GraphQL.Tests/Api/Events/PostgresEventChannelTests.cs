using IBok.GraphQL.Api.Events;

namespace IBok.GraphQL.Tests.Api.Events;

public sealed class PostgresEventChannelTests
{
    [Theory]
    [InlineData("invoiceIssued:customer/42", "ibok:invoiceIssued:customer/42")]
    [InlineData("Case \"ZG/2026/000123\" updated", "ibok:Case \"ZG/2026/000123\" updated")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ibok:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public void NameOf_ShortPrintableAsciiTopic_KeepsTheTopicReadable(string topic, string expected)
    {
        Assert.Equal(expected, PostgresEventChannel.NameOf(topic));
    }

    [Theory]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ibok#6e20a1199bf58ddb8fadbe63725f1dd9de844015")]
    [InlineData("faktura wystawiona: Łódź", "ibok#dc9370a5d51119e22e38f36d571e7b31e2f1f256")]
    [InlineData("a\u00e9", "ibok#561951c2b8c47984b8b4b8ae1f173a03d9c703f6")]
    public void NameOf_LongOrNonAsciiTopic_HashesTheTopic(string topic, string expected)
    {
        Assert.Equal(expected, PostgresEventChannel.NameOf(topic));
    }

    [Fact]
    public void NameOf_VeryLongTopic_FitsAPostgresIdentifier()
    {
        var channel = PostgresEventChannel.NameOf(new string('ż', 10_000));

        Assert.Equal(45, channel.Length);
        Assert.StartsWith("ibok#", channel, StringComparison.Ordinal);
    }

    [Fact]
    public void NameOf_TopicsSharingALongPrefix_GetDifferentChannels()
    {
        var prefix = new string('p', 80);

        Assert.NotEqual(PostgresEventChannel.NameOf(prefix + "a"), PostgresEventChannel.NameOf(prefix + "b"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void NameOf_BlankTopic_Throws(string topic)
    {
        Assert.Throws<ArgumentException>(() => PostgresEventChannel.NameOf(topic));
    }

    [Fact]
    public void Quote_DoublesQuotes()
    {
        Assert.Equal("\"ibok:a\"\"b\"", PostgresEventChannel.Quote("ibok:a\"b"));
    }
}
