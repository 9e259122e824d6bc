using System.Collections;
using System.Linq.Expressions;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Paging;
using IBok.GraphQL.Tests.CodeFirst;
using IBok.GraphQL.Types;
using static IBok.GraphQL.Tests.Paging.PagingTests;

namespace IBok.GraphQL.Tests.Paging;

/// <summary>
/// Filtering, sorting and paging reach the query provider as one expression tree of Queryable calls (what
/// EF Core translates to SQL), not as in-memory work after materialization.
/// </summary>
public sealed class QueryTranslationTests
{
    public static class RecordedQuery
    {
        [GraphQLIgnore]
        public static RecordingProvider Provider { get; } = new();

        [UsePaging(IncludeTotalCount = true)]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<Meter> GetMeters() => Provider.Source(Meters);
    }

    private static readonly GraphQLSchema Schema = CodeFirstSchema.Create().AddQueryType(typeof(RecordedQuery)).Build();

    [Fact]
    public async Task Resolve_FilterSortAndPage_ExecuteAsOneQueryableExpression()
    {
        var provider = RecordedQuery.Provider;
        var arguments = ResolverTests.Args(
            ("where", ResolverTests.Args(
                ("active", ResolverTests.Args(("eq", true))),
                ("or", new object?[]
                {
                    ResolverTests.Args(("location", ResolverTests.Args(("startsWith", "Kitchen")))),
                    ResolverTests.Args(("id", ResolverTests.Args(("in", new object?[] { 2, 4 })))),
                }))),
            ("order", new object?[] { ResolverTests.Args(("reading", SortDirection.Descending)), ResolverTests.Args(("id", SortDirection.Ascending)) }),
            ("first", 2),
            ("after", OffsetCursor.Encode(0)));
        lock (provider)
        {
            provider.Executed.Clear();
        }

        var page = (Connection<Meter>)(await TestResolveContext.ResolveAsync(Schema, "Query", "meters", arguments: arguments))!;
        var total = page.TotalCount;

        string[] executed;
        lock (provider)
        {
            executed = [.. provider.Executed];
        }

        Assert.Equal([1, 2], page.Nodes.Select(m => m.Id));
        Assert.Equal(4, total);
        Assert.Equal(
            [
                "Meters.Where(x => ((x.Active == True) AndAlso (((x.Location != null) AndAlso x.Location.StartsWith(\"Kitchen\")) OrElse new [] {2, 4}.Contains(x.Id))))"
                + ".OrderByDescending(x => x.Reading).ThenBy(x => x.Id).Skip(1).Take(3)",
                "Meters.Where(x => ((x.Active == True) AndAlso (((x.Location != null) AndAlso x.Location.StartsWith(\"Kitchen\")) OrElse new [] {2, 4}.Contains(x.Id))))"
                + ".OrderByDescending(x => x.Reading).ThenBy(x => x.Id).Count()",
            ],
            executed);
    }

    /// <summary>A query provider that records each expression it runs, then runs it with LINQ to Objects.</summary>
    public sealed class RecordingProvider : IQueryProvider
    {
        public List<string> Executed { get; } = [];

        public IQueryable<T> Source<T>(IEnumerable<T> items) => new RecordingQuery<T>(this, null, items);

        public IQueryable CreateQuery(Expression expression) => throw new NotSupportedException();

        public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new RecordingQuery<TElement>(this, expression);

        public object? Execute(Expression expression) => throw new NotSupportedException();

        public TResult Execute<TResult>(Expression expression)
        {
            Record(expression);
            return Expression.Lambda<Func<TResult>>(ToObjects(expression)).Compile()();
        }

        internal void Record(Expression expression)
        {
            lock (this)
            {
                Executed.Add(expression.ToString());
            }
        }

        internal static Expression ToObjects(Expression expression) => new ToEnumerableQuery().Visit(expression);

        private sealed class ToEnumerableQuery : ExpressionVisitor
        {
            protected override Expression VisitConstant(ConstantExpression node) =>
                node.Value is IRootQuery root ? Expression.Constant(root.AsObjects()) : node;
        }
    }

    private interface IRootQuery
    {
        IQueryable AsObjects();
    }

    /// <summary>A query over <paramref name="items"/> (the root, shown as "Meters") or a query built on it.</summary>
    private sealed class RecordingQuery<T>(RecordingProvider provider, Expression? expression, IEnumerable<T>? items = null) : IQueryable<T>, IRootQuery
    {
        public Type ElementType => typeof(T);

        public Expression Expression => expression ?? Expression.Constant(this);

        public IQueryable AsObjects() => items!.AsQueryable();

        public override string ToString() => "Meters";

        public IQueryProvider Provider => provider;

        public IEnumerator<T> GetEnumerator()
        {
            provider.Record(Expression);
            var objects = RecordingProvider.ToObjects(Expression);
            return Expression.Lambda<Func<IQueryable<T>>>(Expression.Call(typeof(Queryable), nameof(Queryable.AsQueryable), [typeof(T)], objects))
                .Compile()()
                .GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
