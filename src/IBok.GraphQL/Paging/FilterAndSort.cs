using System.Linq.Expressions;
using System.Reflection;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Paging;

/// <summary>The direction of one sort key.</summary>
public enum SortDirection
{
    /// <summary>Smallest first (<c>ASC</c>).</summary>
    Ascending,

    /// <summary>Largest first (<c>DESC</c>).</summary>
    Descending,
}

/// <summary>A scalar or enum property of an element type that filters and sorts can use.</summary>
internal sealed record QueryableProperty(string FieldName, PropertyInfo Property, NamedType LeafType, Func<object?, object?>? Converter)
{
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    /// <summary><c>Enumerable.Contains</c> closed over the property's type, for <c>in</c> (made once, at schema build).</summary>
    public MethodInfo ContainsMethod { get; } = EnumerableContains.MakeGenericMethod(Property.PropertyType);

    public static IReadOnlyList<QueryableProperty> Of(Type elementType, ClrTypeMapper mapper)
    {
        var result = new List<QueryableProperty>();
        foreach (var property in ClrTypeMapper.FieldProperties(elementType, BindingFlags.Instance))
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var leaf = Naming.Has<IDAttribute>(property) ? ScalarType.ID : mapper.LeafType(valueType);
            if (leaf is not null)
            {
                var converter = mapper.InputConverter(new TypeShape(valueType, false, null));
                result.Add(new QueryableProperty(Naming.FieldName(property), property, leaf, converter));
            }
        }

        return result;
    }

    /// <summary>A coerced input value as a constant of the property's type.</summary>
    public ConstantExpression Constant(object? value) =>
        Expression.Constant(value is null || Converter is null ? value : Converter(value), Property.PropertyType);
}

/// <summary>
/// <c>{Type}FilterInput</c> and the <c>{Scalar}OperationFilterInput</c> types, and their translation to a
/// LINQ predicate. Fields of one filter object are combined with AND; <c>and</c>/<c>or</c> take lists.
/// </summary>
internal sealed class FilterDefinition
{
    private static readonly string[] EqualityOperations = ["eq", "neq", "in"];
    private static readonly string[] ComparableOperations = ["eq", "neq", "in", "gt", "gte", "lt", "lte"];
    private static readonly string[] StringOperations = ["eq", "neq", "in", "contains", "startsWith"];
    private static readonly string[] BooleanOperations = ["eq", "neq"];
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    private readonly Dictionary<string, QueryableProperty> _properties;

    private FilterDefinition(Type elementType, InputObjectType inputType, IReadOnlyList<QueryableProperty> properties)
    {
        ElementType = elementType;
        InputType = inputType;
        _properties = properties.ToDictionary(p => p.FieldName, StringComparer.Ordinal);
    }

    public Type ElementType { get; }

    public InputObjectType InputType { get; }

    public static FilterDefinition For(Type elementType, ClrTypeMapper mapper)
    {
        var typeName = mapper.OutputNamed(elementType).Name + "FilterInput";
        if (mapper.DerivedTypes.TryGetValue(("filter", elementType), out var existing))
        {
            return (FilterDefinition)existing;
        }

        var properties = QueryableProperty.Of(elementType, mapper);
        var fields = new List<InputValueDefinition>();
        var inputType = new InputObjectType(typeName, () => fields);
        fields.Add(new InputValueDefinition("and", inputType.NonNull().List()));
        fields.Add(new InputValueDefinition("or", inputType.NonNull().List()));
        fields.AddRange(properties.Select(p => new InputValueDefinition(p.FieldName, OperationType(p.LeafType, mapper))));
        var definition = new FilterDefinition(elementType, inputType, properties);
        mapper.DerivedTypes[("filter", elementType)] = definition;
        mapper.RegisterName(inputType);
        return definition;
    }

    /// <summary>The predicate for a coerced <c>where</c> value: <c>x =&gt; ...</c> over <see cref="ElementType"/>.</summary>
    public LambdaExpression Predicate(IReadOnlyDictionary<string, object?> where)
    {
        var element = Expression.Parameter(ElementType, "x");
        return Expression.Lambda(Build(where, element) ?? Expression.Constant(true), element);
    }

    /// <summary>The condition of one filter object, or null when it does not restrict anything.</summary>
    private Expression? Build(IReadOnlyDictionary<string, object?> filter, ParameterExpression element) =>
        All(filter.Select(pair => pair.Key switch
        {
            "and" => All(Filters(pair.Value).Select(f => Build(f, element))),
            "or" => Any(Filters(pair.Value).Select(f => Build(f, element))),
            _ => Operations(_properties[pair.Key], (IReadOnlyDictionary<string, object?>?)pair.Value, element),
        }));

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Filters(object? value) =>
        value is IReadOnlyList<object?> filters ? filters.OfType<IReadOnlyDictionary<string, object?>>() : [];

    private static Expression? All(IEnumerable<Expression?> conditions)
    {
        Expression? result = null;
        foreach (var condition in conditions)
        {
            if (condition is not null)
            {
                result = result is null ? condition : Expression.AndAlso(result, condition);
            }
        }

        return result;
    }

    private static Expression? Any(IEnumerable<Expression?> conditions)
    {
        Expression? result = null;
        foreach (var condition in conditions)
        {
            if (condition is null)
            {
                return null; // one alternative restricts nothing, so neither does the whole "or"
            }

            result = result is null ? condition : Expression.OrElse(result, condition);
        }

        return result;
    }

    private static Expression? Operations(QueryableProperty property, IReadOnlyDictionary<string, object?>? operations, ParameterExpression element)
    {
        if (operations is null)
        {
            return null;
        }

        var member = Expression.Property(element, property.Property);
        return All(operations.Select(pair => pair.Key switch
        {
            "eq" => Expression.Equal(member, property.Constant(pair.Value)),
            "neq" => Expression.NotEqual(member, property.Constant(pair.Value)),
            "gt" => Expression.GreaterThan(member, property.Constant(pair.Value)),
            "gte" => Expression.GreaterThanOrEqual(member, property.Constant(pair.Value)),
            "lt" => Expression.LessThan(member, property.Constant(pair.Value)),
            "lte" => Expression.LessThanOrEqual(member, property.Constant(pair.Value)),
            "in" => In(property, member, pair.Value),
            "contains" when pair.Value is not null => Expression.AndAlso(
                Expression.NotEqual(member, Expression.Constant(null)), Expression.Call(member, StringContains, property.Constant(pair.Value))),
            "startsWith" when pair.Value is not null => Expression.AndAlso(
                Expression.NotEqual(member, Expression.Constant(null)), Expression.Call(member, StringStartsWith, property.Constant(pair.Value))),
            _ => (Expression?)null,
        }));
    }

    private static Expression? In(QueryableProperty property, MemberExpression member, object? value)
    {
        if (value is not IReadOnlyList<object?> values)
        {
            return null;
        }

        var array = Expression.NewArrayInit(property.Property.PropertyType, values.Select(property.Constant));
        return Expression.Call(property.ContainsMethod, array, member);
    }

    private static InputObjectType OperationType(NamedType leaf, ClrTypeMapper mapper)
    {
        var name = leaf.Name + "OperationFilterInput";
        if (mapper.DerivedTypes.TryGetValue(("operations", leaf.Name), out var existing))
        {
            return (InputObjectType)existing;
        }

        var operations = leaf switch
        {
            _ when leaf == ScalarType.String => StringOperations,
            _ when leaf == ScalarType.Boolean => BooleanOperations,
            _ when leaf == ScalarType.Int || leaf == ScalarType.Long || leaf == ScalarType.Float || leaf == ScalarType.Decimal
                || leaf == ScalarType.Date || leaf == ScalarType.DateTime => ComparableOperations,
            _ => EqualityOperations,
        };
        var type = new InputObjectType(name, () => operations.Select(o => new InputValueDefinition(o, o == "in" ? leaf.List() : leaf)));
        mapper.DerivedTypes[("operations", leaf.Name)] = type;
        mapper.RegisterName(type);
        return type;
    }
}
