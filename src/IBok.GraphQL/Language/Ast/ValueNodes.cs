namespace IBok.GraphQL.Language;

/// <summary>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue | ObjectValue (spec 2.9).</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);

/// <summary>Variable : $ Name (spec 2.10).</summary>
public sealed class VariableNode(Location location, NameNode name) : ValueNode(location)
{
    public NameNode Name { get; } = name;
    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>IntValue :: IntegerPart (spec 2.9.1), kept as its source text so no precision is lost before coercion.</summary>
public sealed class IntValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>FloatValue :: IntegerPart FractionalPart? ExponentPart? (spec 2.9.2), kept as its source text.</summary>
public sealed class FloatValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>StringValue (spec 2.9.4): the string's value after escapes (or BlockStringValue() for block strings).</summary>
public sealed class StringValueNode(Location location, string value, bool block) : ValueNode(location)
{
    public string Value { get; } = value;

    /// <summary>Whether the source used the block string form <c>"""…"""</c>; the printer keeps the form.</summary>
    public bool Block { get; } = block;

    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary>BooleanValue : one of true false (spec 2.9.3).</summary>
public sealed class BooleanValueNode(Location location, bool value) : ValueNode(location)
{
    public bool Value { get; } = value;
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary>NullValue : null (spec 2.9.5).</summary>
public sealed class NullValueNode(Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>EnumValue : Name but not true, false or null (spec 2.9.6).</summary>
public sealed class EnumValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (spec 2.9.7).</summary>
public sealed class ListValueNode(Location location, IReadOnlyList<ValueNode> values) : ValueNode(location)
{
    public IReadOnlyList<ValueNode> Values { get; } = values;
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (spec 2.9.8).</summary>
public sealed class ObjectValueNode(Location location, IReadOnlyList<ObjectFieldNode> fields) : ValueNode(location)
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>ObjectField[Const] : Name : Value[?Const] (spec 2.9.8).</summary>
public sealed class ObjectFieldNode(Location location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
