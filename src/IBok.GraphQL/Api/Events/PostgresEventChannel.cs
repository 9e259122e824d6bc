using System.Security.Cryptography;
using System.Text;

namespace IBok.GraphQL.Api.Events;

/// <summary>
/// Maps an event topic to the PostgreSQL LISTEN/NOTIFY channel that carries it: the same topic always gives the
/// same channel, in every process, and two topics never share one.
/// </summary>
/// <remarks>
/// A channel is an identifier of at most 63 bytes (NAMEDATALEN − 1; LISTEN silently cuts longer ones, which could
/// merge two topics). A topic of at most <see cref="MaxReadableTopicLength"/> printable ASCII characters keeps its
/// name, so it can be read in <c>pg_listening_channels()</c>: <c>ibok:invoiceIssued:customer/42</c>. Any other
/// topic (longer, or with other characters) becomes <c>ibok#</c> and 40 hex digits of its UTF-8 SHA-256
/// (160 bits: a collision is not a practical concern). The two prefixes differ, so the two forms never meet.
/// </remarks>
public static class PostgresEventChannel
{
    /// <summary>The longest topic kept readable: 63 bytes less the prefix.</summary>
    public const int MaxReadableTopicLength = 63 - 5;

    private const string ReadablePrefix = "ibok:";
    private const string HashedPrefix = "ibok#";

    /// <summary>The channel of <paramref name="topic"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="topic"/> is null, empty or white space.</exception>
    public static string NameOf(string topic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        if (topic.Length <= MaxReadableTopicLength && topic.All(IsPrintableAscii))
        {
            return ReadablePrefix + topic;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(topic));
        return HashedPrefix + Convert.ToHexStringLower(hash.AsSpan(0, 20));
    }

    /// <summary><paramref name="channel"/> as a quoted SQL identifier, for LISTEN and UNLISTEN (which take no parameters).</summary>
    internal static string Quote(string channel) => "\"" + channel.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static bool IsPrintableAscii(char character) => character is >= ' ' and <= '~';
}
