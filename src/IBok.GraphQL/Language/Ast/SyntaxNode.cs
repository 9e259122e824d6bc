namespace IBok.GraphQL.Language;

/// <summary>The kind of a syntax node, one per production of the GraphQL grammar that the AST keeps.</summary>
public enum SyntaxKind
{
    Name,
    Document,
    OperationDefinition,
    VariableDefinition,
    Variable,
    SelectionSet,
    Field,
    Argument,
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,
    Directive,
    NamedType,
    ListType,
    NonNullType,
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,
}

/// <summary>
/// A node of the abstract syntax tree of a GraphQL document (GraphQL spec, Section 2). Nodes are immutable;
/// lists are never null (absent lists are a shared empty array).
/// </summary>
public abstract class SyntaxNode(Location location)
{
    /// <summary>Where the node's first token starts and its last token ends in the source.</summary>
    public Location Location { get; } = location;

    /// <summary>The grammar production this node stands for.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>The node printed as GraphQL text in graphql-js <c>print()</c> format.</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>Name :: NameStart NameContinue* (spec 2.1.9).</summary>
public sealed class NameNode(Location location, string value) : SyntaxNode(location)
{
    public string Value { get; } = value;
    public override SyntaxKind Kind => SyntaxKind.Name;
}

/// <summary>Document : Definition+ (spec 2.2).</summary>
public sealed class DocumentNode(Location location, IReadOnlyList<DefinitionNode> definitions) : SyntaxNode(location)
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (spec 2.2).</summary>
public abstract class DefinitionNode(Location location) : SyntaxNode(location);

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition (spec 2.2).</summary>
public abstract class ExecutableDefinitionNode(Location location) : DefinitionNode(location);

/// <summary>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition (spec 3).</summary>
public abstract class TypeSystemDefinitionNode(Location location) : DefinitionNode(location);

/// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (spec 3.1).</summary>
public abstract class TypeSystemExtensionNode(Location location) : DefinitionNode(location);
