namespace IBok.GraphQL.Language;

/// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec 3.3).</summary>
public sealed class SchemaDefinitionNode(
    Location location,
    StringValueNode? description,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes) : TypeSystemDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary>RootOperationTypeDefinition : OperationType : NamedType (spec 3.3.1).</summary>
public sealed class OperationTypeDefinitionNode(Location location, OperationType operation, NamedTypeNode type) : SyntaxNode(location)
{
    public OperationType Operation { get; } = operation;
    public NamedTypeNode Type { get; } = type;
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>TypeDefinition : ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition | UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition (spec 3.4).</summary>
public abstract class TypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : TypeSystemDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : TypeDefinitionNode(location, description, name, directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.6).</summary>
public sealed class ObjectTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec 3.6).</summary>
public sealed class FieldDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    TypeNode type,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public TypeNode Type { get; } = type;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec 3.6.1).</summary>
public sealed class InputValueDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

/// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.7).</summary>
public sealed class InterfaceTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}

/// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec 3.8).</summary>
public sealed class UnionTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}

/// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}

/// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (spec 3.9).</summary>
public sealed class EnumValueDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

/// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields) : TypeDefinitionNode(location, description, name, directives)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}

/// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (spec 3.13).</summary>
public sealed class DirectiveDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode> arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations) : TypeSystemDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments;
    public bool Repeatable { get; } = repeatable;

    /// <summary>The locations as written; the parser accepts only the names of ExecutableDirectiveLocation and TypeSystemDirectiveLocation.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
}
