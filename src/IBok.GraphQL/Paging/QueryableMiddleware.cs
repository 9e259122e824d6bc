using System.Linq.Expressions;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Paging;

/// <summary>
/// Applies <see cref="UseFilteringAttribute"/>, <see cref="UseSortingAttribute"/> and
/// <see cref="UsePagingAttribute"/> to a field being built, in that order whatever the attribute order
/// (filter, then sort, then page, as HotChocolate): adds the arguments, changes the type to a connection when
/// paged, and wraps the resolver. Types are built once per schema; each call only builds the LINQ expression
/// for the given arguments.
/// </summary>
internal static class QueryableMiddleware
{
    public static void Apply(FieldDraft draft, ClrTypeMapper mapper)
    {
        var paging = Naming.Attribute<UsePagingAttribute>(draft.Member);
        var filtering = Naming.Has<UseFilteringAttribute>(draft.Member);
        var sorting = Naming.Has<UseSortingAttribute>(draft.Member);
        if (paging is null && !filtering && !sorting)
        {
            return;
        }

        var element = draft.ValueShape.Element
            ?? throw new NotSupportedException(
                $"{draft.Member.DeclaringType?.Name}.{draft.Member.Name} uses paging, filtering or sorting but does not return a list (IEnumerable<T> or IQueryable<T>).");
        var pipeline = (IPipeline)Activator.CreateInstance(typeof(Pipeline<>).MakeGenericType(element.DeclaredType))!;
        pipeline.Configure(draft, mapper, element, paging, filtering, sorting);
    }

    private interface IPipeline
    {
        void Configure(FieldDraft draft, ClrTypeMapper mapper, TypeShape element, UsePagingAttribute? paging, bool filtering, bool sorting);
    }

    private sealed class Pipeline<T> : IPipeline
    {
        private FilterDefinition? _filter;
        private SortDefinition? _sort;
        private UsePagingAttribute? _paging;
        private FieldResolver _inner = null!;

        public void Configure(FieldDraft draft, ClrTypeMapper mapper, TypeShape element, UsePagingAttribute? paging, bool filtering, bool sorting)
        {
            _inner = draft.Resolver!;
            _paging = paging;
            var isNullable = draft.Type is not NonNullType;
            if (filtering)
            {
                _filter = FilterDefinition.For(element.ClrType, mapper);
                draft.Arguments.Add(new InputValueDefinition("where", _filter.InputType));
            }

            if (sorting)
            {
                _sort = SortDefinition.For(element.ClrType, mapper);
                draft.Arguments.Add(new InputValueDefinition("order", _sort.InputType.NonNull().List()));
            }

            if (paging is not null)
            {
                draft.Arguments.InsertRange(0,
                [
                    new InputValueDefinition("first", ScalarType.Int) { Description = "Returns the first _n_ elements from the list." },
                    new InputValueDefinition("after", ScalarType.String) { Description = "Returns the elements in the list that come after the specified cursor." },
                    new InputValueDefinition("last", ScalarType.Int) { Description = "Returns the last _n_ elements from the list." },
                    new InputValueDefinition("before", ScalarType.String) { Description = "Returns the elements in the list that come before the specified cursor." },
                ]);
                var nodeType = ((ListType)draft.Type.GetNullableType()).OfType;
                var connection = ConnectionType(mapper, paging.ConnectionName ?? Naming.PascalCase(draft.Name), nodeType, paging.IncludeTotalCount);
                draft.Type = isNullable ? connection : connection.NonNull();
            }

            draft.Resolver = ResolveAsync;
        }

        private async ValueTask<object?> ResolveAsync(IFieldResolveContext context)
        {
            // Resume on the captured context, as the executor does: under an execution's work loop a continuation that
            // leaves the context is queued to the thread pool and the loop has to wait for it (a thread hop).
            var value = await _inner(context).ConfigureAwait(true);
            if (value is null)
            {
                return null;
            }

            var query = value as IQueryable<T> ?? ((IEnumerable<T>)value).AsQueryable();
            if (_filter is not null && context.Arguments.TryGetValue("where", out var where) && where is IReadOnlyDictionary<string, object?> filter)
            {
                query = query.Where((Expression<Func<T, bool>>)_filter.Predicate(filter));
            }

            if (_sort is not null && context.Arguments.TryGetValue("order", out var order) && order is IReadOnlyList<object?> sortOrder)
            {
                query = _sort.Apply(query, sortOrder);
            }

            if (_paging is null)
            {
                return await CursorPaging.MaterializeAsync(query, context.CancellationToken).ConfigureAwait(true);
            }

            var arguments = new PagingArguments(
                context.Arguments.GetValueOrDefault("first") as int?,
                context.Arguments.GetValueOrDefault("after") as string,
                context.Arguments.GetValueOrDefault("last") as int?,
                context.Arguments.GetValueOrDefault("before") as string);
            return await CursorPaging.PageAsync(query, arguments, _paging, context.CancellationToken).ConfigureAwait(true);
        }

        /// <summary><c>{Stem}Connection</c> and <c>{Stem}Edge</c> with HotChocolate's descriptions; <c>PageInfo</c> is shared.</summary>
        private static ObjectType ConnectionType(ClrTypeMapper mapper, string stem, GraphQLType nodeType, bool includeTotalCount)
        {
            var name = stem + "Connection";
            if (mapper.DerivedTypes.TryGetValue(("connection", name), out var existing))
            {
                var (existingType, existingNode) = ((ObjectType, GraphQLType))existing;
                return existingNode.Equals(nodeType)
                    ? existingType
                    : throw new NotSupportedException(
                        $"Two paged fields would both define {name}, for {existingNode} and {nodeType}; give one a [UsePaging(ConnectionName = ...)].");
            }

            var edge = new ObjectType(stem + "Edge", () =>
            [
                new FieldDefinition("cursor", ScalarType.String.NonNull())
                {
                    Description = "A cursor for use in pagination.",
                    Resolver = FieldResolvers.FromSource<Edge<T>>(e => e.Cursor),
                },
                new FieldDefinition("node", nodeType)
                {
                    Description = "The item at the end of the edge.",
                    Resolver = FieldResolvers.FromSource<Edge<T>>(e => e.Node),
                },
            ])
            {
                Description = "An edge in a connection.",
            };
            var connection = new ObjectType(name, () =>
            {
                var fields = new List<FieldDefinition>
                {
                    new("pageInfo", PageInfoType.NonNull())
                    {
                        Description = "Information to aid in pagination.",
                        Resolver = FieldResolvers.FromSource<Connection<T>>(c => c.PageInfo),
                    },
                    new("edges", edge.NonNull().List())
                    {
                        Description = "A list of edges.",
                        Resolver = FieldResolvers.FromSource<Connection<T>>(c => c.Edges),
                    },
                    new("nodes", nodeType.List())
                    {
                        Description = "A flattened list of the nodes.",
                        Resolver = FieldResolvers.FromSource<Connection<T>>(c => c.Nodes),
                    },
                };
                if (includeTotalCount)
                {
                    fields.Add(new FieldDefinition("totalCount", ScalarType.Int.NonNull())
                    {
                        Description = "Identifies the total count of items in the connection.",
                        Resolver = FieldResolvers.FromSource<Connection<T>>(c => c.TotalCount),
                    });
                }

                return fields;
            })
            {
                Description = "A connection to a list of items.",
            };
            mapper.DerivedTypes[("connection", name)] = (connection, nodeType);
            mapper.RegisterName(connection);
            mapper.RegisterName(edge);
            return connection;
        }
    }

    /// <summary>The Relay <c>PageInfo</c> type with HotChocolate's descriptions.</summary>
    internal static ObjectType PageInfoType { get; } = new("PageInfo", () =>
    [
        new FieldDefinition("hasNextPage", ScalarType.Boolean.NonNull())
        {
            Description = "Indicates whether more edges exist following the set defined by the clients arguments.",
            Resolver = FieldResolvers.FromSource<PageInfo>(p => p.HasNextPage),
        },
        new FieldDefinition("hasPreviousPage", ScalarType.Boolean.NonNull())
        {
            Description = "Indicates whether more edges exist prior the set defined by the clients arguments.",
            Resolver = FieldResolvers.FromSource<PageInfo>(p => p.HasPreviousPage),
        },
        new FieldDefinition("startCursor", ScalarType.String)
        {
            Description = "When paginating backwards, the cursor to continue.",
            Resolver = FieldResolvers.FromSource<PageInfo>(p => p.StartCursor),
        },
        new FieldDefinition("endCursor", ScalarType.String)
        {
            Description = "When paginating forwards, the cursor to continue.",
            Resolver = FieldResolvers.FromSource<PageInfo>(p => p.EndCursor),
        },
    ])
    {
        Description = "Information about pagination in a connection.",
    };
}
