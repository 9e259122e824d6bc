namespace IBok.GraphQL.Language;

/// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] (spec 3.3.2).</summary>
public sealed class SchemaExtensionNode(
    Location location,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<OperationTypeDefinitionNode> operationTypes) : TypeSystemExtensionNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; } = operationTypes;
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary>TypeExtension : ScalarTypeExtension | ObjectTypeExtension | InterfaceTypeExtension | UnionTypeExtension | EnumTypeExtension | InputObjectTypeExtension (spec 3.4.3).</summary>
public abstract class TypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeSystemExtensionNode(location)
{
    public NameNode Name { get; } = name;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (spec 3.5.1).</summary>
public sealed class ScalarTypeExtensionNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : TypeExtensionNode(location, name, directives)
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (or without fields but with interfaces or directives) (spec 3.6.3).</summary>
public sealed class ObjectTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}

/// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (or without fields but with interfaces or directives) (spec 3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<NamedTypeNode> interfaces,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<FieldDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Interfaces { get; } = interfaces;
    public IReadOnlyList<FieldDefinitionNode> Fields { get; } = fields;
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}

/// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const] (spec 3.8.1).</summary>
public sealed class UnionTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<NamedTypeNode> types) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<NamedTypeNode> Types { get; } = types;
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}

/// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const] (spec 3.9.1).</summary>
public sealed class EnumTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<EnumValueDefinitionNode> values) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; } = values;
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}

/// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const] (spec 3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode(
    Location location,
    NameNode name,
    IReadOnlyList<DirectiveNode> directives,
    IReadOnlyList<InputValueDefinitionNode> fields) : TypeExtensionNode(location, name, directives)
{
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; } = fields;
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
