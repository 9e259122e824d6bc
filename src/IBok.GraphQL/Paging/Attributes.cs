using IBok.GraphQL.Execution;

namespace IBok.GraphQL.Paging;

/// <summary>
/// Pages a field returning <see cref="IEnumerable{T}"/> or <see cref="IQueryable{T}"/> (or a task of one) as a
/// Relay cursor connection (https://relay.dev/graphql/connections.htm): the field gets <c>first</c>,
/// <c>after</c>, <c>last</c> and <c>before</c> arguments and returns <c>{Field}Connection</c> with
/// <c>edges { cursor node }</c>, <c>nodes</c>, <c>pageInfo</c> and, when enabled, <c>totalCount</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class UsePagingAttribute : Attribute
{
    /// <summary>The most items one page may request; larger <c>first</c>/<c>last</c> values are errors.</summary>
    public int MaxPageSize { get; set; } = 50;

    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>Whether the connection has a <c>totalCount: Int!</c> field (counted only when selected).</summary>
    public bool IncludeTotalCount { get; set; }

    /// <summary>
    /// The stem of the connection and edge type names (<c>{ConnectionName}Connection</c>, <c>{ConnectionName}Edge</c>);
    /// by default the field name in PascalCase, as HotChocolate 13 names them.
    /// </summary>
    public string? ConnectionName { get; set; }
}

/// <summary>
/// Adds a <c>where: {Type}FilterInput</c> argument to a list field: per scalar or enum property of the element
/// type, an operation input (<c>eq</c>, <c>neq</c>, <c>in</c>; <c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c> for
/// numbers and dates; <c>contains</c>, <c>startsWith</c> for strings), combined with <c>and</c>/<c>or</c> lists,
/// applied to the result as a LINQ <c>Where</c> (so a query provider such as EF Core can translate it).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class UseFilteringAttribute : Attribute;

/// <summary>
/// Adds an <c>order: [{Type}SortInput!]</c> argument to a list field: per scalar or enum property a
/// <c>SortEnumType</c> (<c>ASC</c>/<c>DESC</c>); the list's entries apply in order as <c>OrderBy</c>/<c>ThenBy</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class UseSortingAttribute : Attribute;

/// <summary>
/// A paging, filtering or sorting argument is invalid (first and last together, a negative count, a page above
/// the maximum size, or a cursor this field did not issue). The message is meant for the client.
/// </summary>
public sealed class PagingArgumentException : GraphQLException
{
    /// <summary>Creates the exception with a client-facing message.</summary>
    public PagingArgumentException(string message)
        : base(message)
    {
    }
}
