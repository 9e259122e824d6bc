using System.Security.Cryptography;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;

namespace IBok.GraphQL.Server;

/// <summary>
/// A parsed document with its validation outcome: either a valid <see cref="Document"/> or the errors (syntax
/// or validation) a client gets for it. Immutable, so one instance serves any number of requests at once.
/// </summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The parsed document that passed validation, or null when <see cref="Errors"/> is not empty.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The syntax or validation errors; empty when the document is valid.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}

/// <summary>
/// A bounded, thread-safe least-recently-used cache of <see cref="PreparedDocument"/>s keyed by the SHA-256 of
/// the document's UTF-8 text (lowercase hex, the key Apollo's automatic persisted queries use). Invalid
/// documents are cached too, so a repeated bad document costs a hash and a lookup, not a parse.
/// </summary>
/// <remarks>
/// Concurrent requests for a document not yet cached share one preparation: the first counts a miss and
/// prepares it, the others count hits and wait for its outcome.
/// </remarks>
public sealed class OperationCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries;
    private readonly Dictionary<string, LinkedListNode<Entry>>.AlternateLookup<ReadOnlySpan<char>> _entriesBySpan;
    private readonly LinkedList<Entry> _recency = new(); // most recently used first
    private long _hits;
    private long _misses;
    private long _evictions;

    /// <summary>Creates a cache keeping at most <paramref name="capacity"/> documents (0: keep none).</summary>
    public OperationCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
        _entries = new Dictionary<string, LinkedListNode<Entry>>(StringComparer.Ordinal);
        _entriesBySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>The documents currently kept.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Lookups answered from the cache (including waits for a preparation another request started).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that found nothing.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Documents dropped because the cache was full.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>The length of a cache key: 64 hex digits.</summary>
    public const int KeyLength = 2 * SHA256.HashSizeInBytes;

    /// <summary>The cache key of a document: SHA-256 of its UTF-8 bytes, as 64 lowercase hex digits.</summary>
    public static string ComputeKey(ReadOnlySpan<byte> utf8Document) =>
        Convert.ToHexStringLower(SHA256.HashData(utf8Document));

    /// <summary>Writes the cache key of a document (see <see cref="ComputeKey(ReadOnlySpan{byte})"/>) to <paramref name="key"/>, without allocating.</summary>
    /// <param name="utf8Document">The document's UTF-8 text.</param>
    /// <param name="key">At least <see cref="KeyLength"/> characters; the first <see cref="KeyLength"/> receive the key.</param>
    public static void ComputeKey(ReadOnlySpan<byte> utf8Document, Span<char> key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8Document, hash);
        if (!Convert.TryToHexStringLower(hash, key, out _))
        {
            throw new ArgumentException($"The key needs {KeyLength} characters.", nameof(key));
        }
    }

    /// <summary>Whether <paramref name="key"/> is cached (does not count as a lookup or change the recency order).</summary>
    public bool Contains(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            return _entries.ContainsKey(key);
        }
    }

    /// <summary>The document cached under <paramref name="key"/>, counting a hit or a miss.</summary>
    internal bool TryGet(string key, out PreparedDocument? document) => TryGet(key.AsSpan(), countMiss: true, out document);

    /// <summary>
    /// The document cached under <paramref name="key"/>, counting a hit (and a miss when <paramref name="countMiss"/>:
    /// a caller that goes on to <see cref="GetOrAdd"/> lets that count it); allocates nothing.
    /// </summary>
    internal bool TryGet(ReadOnlySpan<char> key, bool countMiss, out PreparedDocument? document)
    {
        Lazy<PreparedDocument> prepared;
        LinkedListNode<Entry>? node;
        lock (_gate)
        {
            if (!_entriesBySpan.TryGetValue(key, out node))
            {
                if (countMiss)
                {
                    _misses++;
                }

                document = null;
                return false;
            }

            _hits++;
            Touch(node);
            prepared = node.Value.Prepared;
        }

        document = Await(node.Value.Key, prepared);
        return true;
    }

    /// <summary>The document cached under <paramref name="key"/>, or the one <paramref name="prepare"/> makes (then cached).</summary>
    internal PreparedDocument GetOrAdd(string key, Func<PreparedDocument> prepare)
    {
        Lazy<PreparedDocument> prepared;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _hits++;
                Touch(node);
                prepared = node.Value.Prepared;
            }
            else
            {
                _misses++;
                prepared = new Lazy<PreparedDocument>(prepare, LazyThreadSafetyMode.ExecutionAndPublication);
                if (Capacity > 0)
                {
                    _entries[key] = _recency.AddFirst(new Entry(key, prepared));
                    while (_entries.Count > Capacity)
                    {
                        var oldest = _recency.Last!;
                        _recency.RemoveLast();
                        _entries.Remove(oldest.Value.Key);
                        _evictions++;
                    }
                }
            }
        }

        return Await(key, prepared);
    }

    private PreparedDocument Await(string key, Lazy<PreparedDocument> prepared)
    {
        try
        {
            return prepared.Value;
        }
        catch
        {
            // A preparation that threw must not stay cached: the next request tries again.
            lock (_gate)
            {
                if (_entries.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Prepared, prepared))
                {
                    _entries.Remove(key);
                    _recency.Remove(node);
                }
            }

            throw;
        }
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        if (!ReferenceEquals(_recency.First, node))
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }
    }

    private sealed record Entry(string Key, Lazy<PreparedDocument> Prepared);
}
