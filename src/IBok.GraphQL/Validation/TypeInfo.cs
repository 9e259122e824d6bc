using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, which schema types, field, argument, directive and input positions
/// the current node stands at (graphql-js <c>TypeInfo</c>). Call <see cref="Enter"/> before a rule sees a
/// node and <see cref="Leave"/> after; unknown names leave null entries rather than failing, so rules can
/// report them.
/// </summary>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<InputValueDefinition?> _defaultValueStack = [];

    /// <summary>Starts at the document root with nothing known.</summary>
    public TypeInfo(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current position (a field's type, an operation's root, a fragment's condition).</summary>
    public GraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is current.</summary>
    public NamedType? ParentType => Peek(_parentTypeStack);

    /// <summary>The input type expected at the current value position.</summary>
    public GraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The input type of the position enclosing the current one (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => Peek(_fieldDefStack);

    /// <summary>
    /// The argument or input field whose default applies at the current value position, when it has one
    /// (graphql-js <c>getDefaultValue</c> is not undefined).
    /// </summary>
    public InputValueDefinition? DefaultValueSource => Peek(_defaultValueStack) is { HasDefaultValue: true } source ? source : null;

    /// <summary>The directive being walked.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument being walked (of a field or a directive).</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The enum value named by the current enum literal.</summary>
    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>Updates the state for entering <paramref name="node"/>.</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is ComplexOutputType or UnionType ? named : null);
                break;
            case FieldNode field:
                var fieldDefinition = ParentType is { } parentType ? _schema.FindField(parentType, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDefinition);
                _typeStack.Add(fieldDefinition?.Type is { } fieldType && fieldType.IsOutputType() ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(operation.Operation switch
                {
                    OperationType.Query => _schema.QueryType,
                    OperationType.Mutation => _schema.MutationType,
                    _ => _schema.SubscriptionType,
                });
                break;
            case InlineFragmentNode inlineFragment:
                EnterFragment(inlineFragment.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterFragment(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variableDefinition:
                var variableType = Utilities.TypeFromAst.Resolve(_schema, variableDefinition.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                var definition = Directive is not null ? FindArgument(Directive.Arguments, argument.Name.Value)
                    : FieldDefinition?.FindArgument(argument.Name.Value);
                Argument = definition;
                _defaultValueStack.Add(definition);
                _inputTypeStack.Add(definition is not null && definition.Type.IsInputType() ? definition.Type : null);
                break;
            case ListValueNode:
                var listType = InputType?.GetNullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = (InputType?.GetNamedType() as InputObjectType)?.FindField(objectField.Name.Value);
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField is not null && inputField.Type.IsInputType() ? inputField.Type : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = (InputType?.GetNamedType() as EnumType)?.FindValue(enumValue.Value);
                break;
        }
    }

    /// <summary>Restores the state from before <see cref="Enter"/> for <paramref name="node"/>.</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private void EnterFragment(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? Utilities.TypeFromAst.Resolve(_schema, typeCondition) : Type?.GetNamedType();
        _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
    }

    private static InputValueDefinition? FindArgument(IReadOnlyList<InputValueDefinition> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    private static T? Peek<T>(List<T?> stack)
        where T : class => stack.Count == 0 ? null : stack[^1];

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
