using System.Linq.Expressions;
using System.Reflection;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Paging;

/// <summary>
/// <c>{Type}SortInput</c> (one <c>SortEnumType</c> field per scalar or enum property) and its translation to
/// <c>OrderBy</c>/<c>ThenBy</c> calls; key selectors and generic methods are prepared once per property.
/// </summary>
internal sealed class SortDefinition
{
    private static readonly MethodInfo[] QueryableMethods = typeof(Queryable).GetMethods();

    private readonly Dictionary<string, SortKey> _keys;

    private SortDefinition(InputObjectType inputType, Dictionary<string, SortKey> keys)
    {
        InputType = inputType;
        _keys = keys;
    }

    public InputObjectType InputType { get; }

    /// <summary><c>enum SortEnumType { ASC DESC }</c>.</summary>
    public static EnumType SortEnumType { get; } = new(
        "SortEnumType",
        [new EnumValueDefinition("ASC", SortDirection.Ascending), new EnumValueDefinition("DESC", SortDirection.Descending)]);

    public static SortDefinition For(Type elementType, ClrTypeMapper mapper)
    {
        if (mapper.DerivedTypes.TryGetValue(("sort", elementType), out var existing))
        {
            return (SortDefinition)existing;
        }

        var properties = QueryableProperty.Of(elementType, mapper);
        var inputType = new InputObjectType(
            mapper.OutputNamed(elementType).Name + "SortInput",
            () => properties.Select(p => new InputValueDefinition(p.FieldName, SortEnumType)));
        var keys = properties.ToDictionary(p => p.FieldName, p => new SortKey(elementType, p.Property));
        var definition = new SortDefinition(inputType, keys);
        mapper.DerivedTypes[("sort", elementType)] = definition;
        mapper.RegisterName(inputType);
        return definition;
    }

    /// <summary>Applies the coerced <c>order</c> list: the first key with <c>OrderBy</c>, later ones with <c>ThenBy</c>.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<object?> order)
    {
        var isFirst = true;
        foreach (var entry in order)
        {
            foreach (var (field, direction) in (IReadOnlyDictionary<string, object?>)entry!)
            {
                if (direction is not SortDirection sortDirection)
                {
                    continue;
                }

                var key = _keys[field];
                var method = (isFirst, sortDirection) switch
                {
                    (true, SortDirection.Ascending) => key.OrderBy,
                    (true, _) => key.OrderByDescending,
                    (false, SortDirection.Ascending) => key.ThenBy,
                    _ => key.ThenByDescending,
                };
                query = query.Provider.CreateQuery<T>(Expression.Call(method, query.Expression, Expression.Quote(key.Selector)));
                isFirst = false;
            }
        }

        return query;
    }

    private sealed class SortKey
    {
        public SortKey(Type elementType, PropertyInfo property)
        {
            var element = Expression.Parameter(elementType, "x");
            Selector = Expression.Lambda(Expression.Property(element, property), element);
            OrderBy = Method(nameof(Queryable.OrderBy), elementType, property.PropertyType);
            OrderByDescending = Method(nameof(Queryable.OrderByDescending), elementType, property.PropertyType);
            ThenBy = Method(nameof(Queryable.ThenBy), elementType, property.PropertyType);
            ThenByDescending = Method(nameof(Queryable.ThenByDescending), elementType, property.PropertyType);
        }

        public LambdaExpression Selector { get; }

        public MethodInfo OrderBy { get; }

        public MethodInfo OrderByDescending { get; }

        public MethodInfo ThenBy { get; }

        public MethodInfo ThenByDescending { get; }

        private static MethodInfo Method(string name, Type elementType, Type keyType) =>
            QueryableMethods.Single(m => m.Name == name && m.GetParameters().Length == 2).MakeGenericMethod(elementType, keyType);
    }
}
