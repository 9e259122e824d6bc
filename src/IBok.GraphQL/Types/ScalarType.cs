namespace IBok.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5 Scalars): a leaf value with its own result coercion (<see cref="Serialize"/>) and
/// input coercion (<see cref="ParseValue"/>).
/// </summary>
/// <remarks>
/// Both coercions receive non-null values only; null handling belongs to the caller (the executor's
/// CompleteValue and input coercion). Coercion of literals in documents will be added as an optional
/// <c>ParseLiteral</c> hook (an init-only property defaulting to "convert the literal to a runtime value and
/// call <see cref="ParseValue"/>"), so existing scalars keep working unchanged.
/// The built-in and iBOK scalars are the static members (<see cref="Int"/>, <see cref="Date"/>, ...).
/// </remarks>
public sealed partial class ScalarType : NamedType
{
    private readonly Func<object, object> _serialize;
    private readonly Func<object, object> _parseValue;

    /// <summary>
    /// Defines a scalar. Both functions throw <see cref="ValueCoercionException"/> with a client-facing
    /// message when they reject a value.
    /// </summary>
    /// <param name="name">The scalar's name.</param>
    /// <param name="serialize">CLR value returned by a resolver → value written to the response.</param>
    /// <param name="parseValue">Runtime input value (null, bool, string, long, double, decimal, lists, maps) → CLR value for resolvers.</param>
    public ScalarType(string name, Func<object, object> serialize, Func<object, object> parseValue)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(serialize);
        ArgumentNullException.ThrowIfNull(parseValue);
        _serialize = serialize;
        _parseValue = parseValue;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>
    /// The scalar specification URL shown by <c>@specifiedBy</c> and introspection's <c>specifiedByURL</c>
    /// (spec 3.5.1 and 3.13.5). Built-in scalars must not have one.
    /// </summary>
    public string? SpecifiedByUrl { get; init; }

    /// <summary>Whether this is one of the five scalars the spec defines (Int, Float, String, Boolean, ID).</summary>
    public bool IsSpecifiedScalar => IsSpecifiedScalarName(Name);

    /// <summary>Result coercion of a non-null resolver value.</summary>
    /// <exception cref="ValueCoercionException">The value cannot be represented by this scalar.</exception>
    public object Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _serialize(value);
    }

    /// <summary>Input coercion of a non-null runtime input value (e.g. from variables).</summary>
    /// <exception cref="ValueCoercionException">The value is not valid input for this scalar.</exception>
    public object ParseValue(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _parseValue(value);
    }

    internal static bool IsSpecifiedScalarName(string name) =>
        name is "Int" or "Float" or "String" or "Boolean" or "ID";
}
