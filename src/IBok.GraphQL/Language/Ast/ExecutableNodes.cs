namespace IBok.GraphQL.Language;

/// <summary>OperationType : one of query mutation subscription (spec 2.3).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>
/// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
/// (spec 2.3). The shorthand form is a query without name, variables, directives or description.
/// </summary>
public sealed class OperationDefinitionNode(
    Location location,
    StringValueNode? description,
    OperationType operation,
    NameNode? name,
    IReadOnlyList<VariableDefinitionNode> variableDefinitions,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
    public OperationType Operation { get; } = operation;
    public NameNode? Name { get; } = name;
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; } = variableDefinitions;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}

/// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec 2.10).</summary>
public sealed class VariableDefinitionNode(
    Location location,
    StringValueNode? description,
    VariableNode variable,
    TypeNode type,
    ValueNode? defaultValue,
    IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public StringValueNode? Description { get; } = description;
    public VariableNode Variable { get; } = variable;
    public TypeNode Type { get; } = type;
    public ValueNode? DefaultValue { get; } = defaultValue;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

/// <summary>SelectionSet : { Selection+ } (spec 2.4).</summary>
public sealed class SelectionSetNode(Location location, IReadOnlyList<SelectionNode> selections) : SyntaxNode(location)
{
    public IReadOnlyList<SelectionNode> Selections { get; } = selections;
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>Selection : Field | FragmentSpread | InlineFragment (spec 2.4).</summary>
public abstract class SelectionNode(Location location, IReadOnlyList<DirectiveNode> directives) : SyntaxNode(location)
{
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec 2.5, aliases 2.7).</summary>
public sealed class FieldNode(
    Location location,
    NameNode? alias,
    NameNode name,
    IReadOnlyList<ArgumentNode> arguments,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode? selectionSet) : SelectionNode(location, directives)
{
    public NameNode? Alias { get; } = alias;
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public SelectionSetNode? SelectionSet { get; } = selectionSet;

    /// <summary>The key of this field in the response: the alias if given, otherwise the name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;

    public override SyntaxKind Kind => SyntaxKind.Field;
}

/// <summary>Argument[Const] : Name : Value[?Const] (spec 2.6).</summary>
public sealed class ArgumentNode(Location location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;
    public ValueNode Value { get; } = value;
    public override SyntaxKind Kind => SyntaxKind.Argument;
}

/// <summary>FragmentSpread : ... FragmentName Directives? (spec 2.8).</summary>
public sealed class FragmentSpreadNode(Location location, NameNode name, IReadOnlyList<DirectiveNode> directives)
    : SelectionNode(location, directives)
{
    public NameNode Name { get; } = name;
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (spec 2.8.2).</summary>
public sealed class InlineFragmentNode(
    Location location,
    NamedTypeNode? typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : SelectionNode(location, directives)
{
    public NamedTypeNode? TypeCondition { get; } = typeCondition;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}

/// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (spec 2.8).</summary>
public sealed class FragmentDefinitionNode(
    Location location,
    StringValueNode? description,
    NameNode name,
    NamedTypeNode typeCondition,
    IReadOnlyList<DirectiveNode> directives,
    SelectionSetNode selectionSet) : ExecutableDefinitionNode(location)
{
    public StringValueNode? Description { get; } = description;
    public NameNode Name { get; } = name;
    public NamedTypeNode TypeCondition { get; } = typeCondition;
    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
    public SelectionSetNode SelectionSet { get; } = selectionSet;
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}

/// <summary>Directive[Const] : @ Name Arguments[?Const]? (spec 2.12).</summary>
public sealed class DirectiveNode(Location location, NameNode name, IReadOnlyList<ArgumentNode> arguments) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
