using System.Runtime.InteropServices;

namespace IBok.GraphQL.Server;

/// <summary>
/// The <see cref="OperationCache"/> keys of documents recently found in the cache, by their exact UTF-8 text: a
/// request repeating one of them compares bytes instead of computing the text's SHA-256 again. The text is compared
/// in full, so a kept key is only ever handed to the very same text; the cache is still asked for the document (a hit
/// counted, its recency refreshed), and a document the cache has dropped is prepared again as before.
/// </summary>
/// <remarks>
/// A small direct-mapped table: a slot holds one text, a newer text of the same slot replaces it. Entries are
/// immutable and swapped whole, so concurrent requests need no lock.
/// </remarks>
internal sealed class RecentDocumentKeys
{
    /// <summary>How many texts are kept at most.</summary>
    public const int Slots = 64;

    /// <summary>Longer texts are not kept: comparing them would cost about what hashing them does.</summary>
    public const int MaxTextBytes = 16 * 1024;

    private readonly Entry?[] _entries = new Entry?[Slots];

    /// <summary>The cache key of <paramref name="utf8Text"/> if it is kept; null otherwise.</summary>
    public string? Find(ReadOnlySpan<byte> utf8Text)
    {
        if (utf8Text.Length > MaxTextBytes)
        {
            return null;
        }

        var entry = Volatile.Read(ref _entries[SlotOf(utf8Text)]);
        return entry is not null && utf8Text.SequenceEqual(entry.Text) ? entry.Key : null;
    }

    /// <summary>Keeps <paramref name="key"/> (the cache key computed from <paramref name="utf8Text"/>) for the text.</summary>
    public void Remember(ReadOnlySpan<byte> utf8Text, string key)
    {
        if (utf8Text.Length <= MaxTextBytes)
        {
            Volatile.Write(ref _entries[SlotOf(utf8Text)], new Entry(utf8Text.ToArray(), key));
        }
    }

    // Length and a few bytes from the middle and end tell typical documents apart; a clash only costs a hash.
    private static int SlotOf(ReadOnlySpan<byte> text)
    {
        var hash = text.Length;
        if (text.Length >= sizeof(ulong))
        {
            hash = HashCode.Combine(
                hash,
                MemoryMarshal.Read<ulong>(text[((text.Length - sizeof(ulong)) / 2)..]),
                MemoryMarshal.Read<ulong>(text[^sizeof(ulong)..]));
        }

        return (int)((uint)hash % Slots);
    }

    private sealed record Entry(byte[] Text, string Key);
}
