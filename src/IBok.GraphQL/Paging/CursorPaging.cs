using System.Globalization;

namespace IBok.GraphQL.Paging;

/// <summary>The paging arguments a client gave.</summary>
internal readonly record struct PagingArguments(int? First, string? After, int? Last, string? Before);

/// <summary>
/// The Relay cursor connections pagination algorithm (https://relay.dev/graphql/connections.htm#sec-Pagination-algorithm)
/// over an <see cref="IQueryable{T}"/> with offset cursors: ApplyCursorsToEdges becomes a window
/// <c>[after + 1, before)</c> of offsets, EdgesToReturn a <c>Skip</c>/<c>Take</c> of it, fetching one item
/// more than <c>first</c> to know whether a next page exists. Only <c>last</c> without <c>before</c> needs a
/// count of the list.
/// </summary>
internal static class CursorPaging
{
    public static async ValueTask<Connection<T>> PageAsync<T>(
        IQueryable<T> query, PagingArguments arguments, UsePagingAttribute options, CancellationToken cancellationToken)
    {
        var (first, last) = Validate(arguments, options);
        var inMemory = InMemorySource(query);
        var after = Decode(arguments.After, "after");
        var before = Decode(arguments.Before, "before");
        var start = after is { } afterOffset ? afterOffset + 1 : 0;
        int? knownTotal = null;

        int pageStart;
        List<T> items;
        bool hasNextPage;
        bool hasPreviousPage;
        if (last is { } lastCount)
        {
            var end = before ?? (knownTotal = inMemory?.Count() ?? query.Count()).Value;
            pageStart = Math.Max(start, end - lastCount);
            items = end > pageStart ? await PageOfAsync(query, inMemory, pageStart, end - pageStart, cancellationToken).ConfigureAwait(false) : [];
            hasPreviousPage = pageStart > start || after is not null;
            hasNextPage = before is not null;
        }
        else
        {
            var firstCount = first ?? options.DefaultPageSize;
            pageStart = start;
            var take = firstCount + 1;
            if (before is { } beforeOffset)
            {
                take = Math.Min(take, Math.Max(0, beforeOffset - start));
            }

            items = take > 0 ? await PageOfAsync(query, inMemory, start, take, cancellationToken).ConfigureAwait(false) : [];
            hasNextPage = items.Count > firstCount || before is not null;
            if (items.Count > firstCount)
            {
                items.RemoveAt(items.Count - 1);
            }

            hasPreviousPage = after is not null;
        }

        var edges = new Edge<T>[items.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge<T>(OffsetCursor.Encode(pageStart + i), items[i]);
        }

        var pageInfo = new PageInfo(
            hasNextPage,
            hasPreviousPage,
            edges.Length > 0 ? edges[0].Cursor : null,
            edges.Length > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, () => knownTotal ?? inMemory?.Count() ?? query.Count());
    }

    /// <summary>
    /// The list behind <paramref name="query"/> when it is a resolver's in-memory list turned into a query and nothing
    /// was composed on it; null otherwise. Such a list is paged with LINQ to Objects: <see cref="EnumerableQuery{T}"/>
    /// compiles its expression tree, a new method for the JIT, every time it runs.
    /// </summary>
    private static IEnumerable<T>? InMemorySource<T>(IQueryable<T> query) =>
        query is EnumerableQuery<T> && query.Expression is System.Linq.Expressions.ConstantExpression { Value: IEnumerable<T> source } ? source : null;

    private static ValueTask<List<T>> PageOfAsync<T>(IQueryable<T> query, IEnumerable<T>? inMemory, int skip, int take, CancellationToken cancellationToken) =>
        inMemory is not null ? ValueTask.FromResult(inMemory.Skip(skip).Take(take).ToList()) : MaterializeAsync(query.Skip(skip).Take(take), cancellationToken);

    /// <summary>All items of <paramref name="query"/>, asynchronously when its provider supports it (EF Core does).</summary>
    public static async ValueTask<List<T>> MaterializeAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (InMemorySource(query) is { } inMemory)
        {
            return inMemory.ToList();
        }

        if (query is IAsyncEnumerable<T> asynchronous)
        {
            var items = new List<T>();
            await foreach (var item in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                items.Add(item);
            }

            return items;
        }

        return query.ToList();
    }

    private static (int? First, int? Last) Validate(PagingArguments arguments, UsePagingAttribute options)
    {
        if (arguments.First is not null && arguments.Last is not null)
        {
            throw new PagingArgumentException(
                "Arguments \"first\" and \"last\" cannot be used together: page forwards with first/after or backwards with last/before.");
        }

        foreach (var (name, value) in new[] { ("first", arguments.First), ("last", arguments.Last) })
        {
            if (value < 0)
            {
                throw new PagingArgumentException(
                    $"Argument \"{name}\" must be a non-negative integer, but was {value.Value.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (value > options.MaxPageSize)
            {
                throw new PagingArgumentException(
                    $"Requesting {value.Value.ToString(CultureInfo.InvariantCulture)} items exceeds the maximum page size of {options.MaxPageSize.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        return (arguments.First, arguments.Last);
    }

    private static int? Decode(string? cursor, string argument) =>
        cursor is null
            ? null
            : OffsetCursor.TryDecode(cursor) ?? throw new PagingArgumentException($"Argument \"{argument}\" is not a valid cursor: \"{cursor}\".");
}
