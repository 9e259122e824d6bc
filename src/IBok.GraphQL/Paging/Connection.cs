using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Paging;

/// <summary>One page of a cursor connection (https://relay.dev/graphql/connections.htm#sec-Connection-Types).</summary>
public sealed class Connection<T>
{
    private readonly Func<int> _countTotal;
    private int? _totalCount;

    internal Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<int> countTotal)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _countTotal = countTotal;
    }

    /// <summary>The page's edges in order.</summary>
    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The page's nodes (the edges' nodes, without cursors).</summary>
    public IReadOnlyList<T> Nodes => Edges.Select(e => e.Node).ToArray();

    /// <summary>Where the page lies in the whole list.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>The number of items in the whole (filtered) list; counted on first use only.</summary>
    public int TotalCount => _totalCount ??= _countTotal();
}

/// <summary>An item with the cursor that addresses its position (https://relay.dev/graphql/connections.htm#sec-Edge-Types).</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Pagination state (https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo).</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>
/// Offset cursors: the base64 of the item's zero-based position in the (filtered, sorted) list as invariant
/// decimal text, so <c>MA==</c> is the first item. Opaque to clients; stable as long as the list's order is.
/// </summary>
public static class OffsetCursor
{
    /// <summary>The cursor of the item at <paramref name="offset"/>.</summary>
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset a cursor stands for, or null when it is not a cursor this encoding produced.</summary>
    public static int? TryDecode(string cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        Span<byte> bytes = stackalloc byte[16];
        if (cursor.Length > 24 || !Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes[..written]);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            && Encode(offset) == cursor
            ? offset
            : null;
    }
}
