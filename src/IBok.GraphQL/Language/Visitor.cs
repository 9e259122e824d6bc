namespace IBok.GraphQL.Language;

/// <summary>
/// Receives enter and leave calls from <see cref="SyntaxWalker"/> for every node of a syntax tree, in the
/// order graphql-js's <c>visit</c> uses (its <c>QueryDocumentKeys</c>). Override only what you need.
/// </summary>
public abstract class SyntaxVisitor
{
    /// <summary>Called before the node's children are walked; return false to skip them (and the matching <see cref="Leave"/>).</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after the node's children were walked.</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }
}

/// <summary>
/// Walks a syntax tree depth-first, calling a <see cref="SyntaxVisitor"/> on entering and leaving each node.
/// Recursive and allocation-free; the parser's depth limit bounds the recursion.
/// </summary>
public static class SyntaxWalker
{
    /// <summary>Walks <paramref name="root"/> and all its descendants.</summary>
    public static void Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        Visit(root, visitor);
    }

    private static void Visit(SyntaxNode? node, SyntaxVisitor visitor)
    {
        if (node is null || !visitor.Enter(node))
        {
            return;
        }

        VisitChildren(node, visitor);
        visitor.Leave(node);
    }

    private static void VisitAll<TNode>(IReadOnlyList<TNode> nodes, SyntaxVisitor visitor)
        where TNode : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i], visitor);
        }
    }

    private static void VisitChildren(SyntaxNode node, SyntaxVisitor visitor)
    {
        switch (node)
        {
            case DocumentNode document:
                VisitAll(document.Definitions, visitor);
                break;
            case OperationDefinitionNode operation:
                Visit(operation.Description, visitor);
                Visit(operation.Name, visitor);
                VisitAll(operation.VariableDefinitions, visitor);
                VisitAll(operation.Directives, visitor);
                Visit(operation.SelectionSet, visitor);
                break;
            case VariableDefinitionNode variableDefinition:
                Visit(variableDefinition.Description, visitor);
                Visit(variableDefinition.Variable, visitor);
                Visit(variableDefinition.Type, visitor);
                Visit(variableDefinition.DefaultValue, visitor);
                VisitAll(variableDefinition.Directives, visitor);
                break;
            case VariableNode variable:
                Visit(variable.Name, visitor);
                break;
            case SelectionSetNode selectionSet:
                VisitAll(selectionSet.Selections, visitor);
                break;
            case FieldNode field:
                Visit(field.Alias, visitor);
                Visit(field.Name, visitor);
                VisitAll(field.Arguments, visitor);
                VisitAll(field.Directives, visitor);
                Visit(field.SelectionSet, visitor);
                break;
            case ArgumentNode argument:
                Visit(argument.Name, visitor);
                Visit(argument.Value, visitor);
                break;
            case FragmentSpreadNode spread:
                Visit(spread.Name, visitor);
                VisitAll(spread.Directives, visitor);
                break;
            case InlineFragmentNode inlineFragment:
                Visit(inlineFragment.TypeCondition, visitor);
                VisitAll(inlineFragment.Directives, visitor);
                Visit(inlineFragment.SelectionSet, visitor);
                break;
            case FragmentDefinitionNode fragment:
                Visit(fragment.Description, visitor);
                Visit(fragment.Name, visitor);
                Visit(fragment.TypeCondition, visitor);
                VisitAll(fragment.Directives, visitor);
                Visit(fragment.SelectionSet, visitor);
                break;
            case ListValueNode list:
                VisitAll(list.Values, visitor);
                break;
            case ObjectValueNode obj:
                VisitAll(obj.Fields, visitor);
                break;
            case ObjectFieldNode objectField:
                Visit(objectField.Name, visitor);
                Visit(objectField.Value, visitor);
                break;
            case DirectiveNode directive:
                Visit(directive.Name, visitor);
                VisitAll(directive.Arguments, visitor);
                break;
            case NamedTypeNode namedType:
                Visit(namedType.Name, visitor);
                break;
            case ListTypeNode listType:
                Visit(listType.Type, visitor);
                break;
            case NonNullTypeNode nonNullType:
                Visit(nonNullType.Type, visitor);
                break;
            default:
                VisitTypeSystemChildren(node, visitor);
                break;
        }
    }

    private static void VisitTypeSystemChildren(SyntaxNode node, SyntaxVisitor visitor)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                Visit(schema.Description, visitor);
                VisitAll(schema.Directives, visitor);
                VisitAll(schema.OperationTypes, visitor);
                break;
            case OperationTypeDefinitionNode operationType:
                Visit(operationType.Type, visitor);
                break;
            case ScalarTypeDefinitionNode scalar:
                Visit(scalar.Description, visitor);
                Visit(scalar.Name, visitor);
                VisitAll(scalar.Directives, visitor);
                break;
            case ObjectTypeDefinitionNode objectType:
                Visit(objectType.Description, visitor);
                Visit(objectType.Name, visitor);
                VisitAll(objectType.Interfaces, visitor);
                VisitAll(objectType.Directives, visitor);
                VisitAll(objectType.Fields, visitor);
                break;
            case FieldDefinitionNode fieldDefinition:
                Visit(fieldDefinition.Description, visitor);
                Visit(fieldDefinition.Name, visitor);
                VisitAll(fieldDefinition.Arguments, visitor);
                Visit(fieldDefinition.Type, visitor);
                VisitAll(fieldDefinition.Directives, visitor);
                break;
            case InputValueDefinitionNode inputValue:
                Visit(inputValue.Description, visitor);
                Visit(inputValue.Name, visitor);
                Visit(inputValue.Type, visitor);
                Visit(inputValue.DefaultValue, visitor);
                VisitAll(inputValue.Directives, visitor);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                Visit(interfaceType.Description, visitor);
                Visit(interfaceType.Name, visitor);
                VisitAll(interfaceType.Interfaces, visitor);
                VisitAll(interfaceType.Directives, visitor);
                VisitAll(interfaceType.Fields, visitor);
                break;
            case UnionTypeDefinitionNode union:
                Visit(union.Description, visitor);
                Visit(union.Name, visitor);
                VisitAll(union.Directives, visitor);
                VisitAll(union.Types, visitor);
                break;
            case EnumTypeDefinitionNode enumType:
                Visit(enumType.Description, visitor);
                Visit(enumType.Name, visitor);
                VisitAll(enumType.Directives, visitor);
                VisitAll(enumType.Values, visitor);
                break;
            case EnumValueDefinitionNode enumValue:
                Visit(enumValue.Description, visitor);
                Visit(enumValue.Name, visitor);
                VisitAll(enumValue.Directives, visitor);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                Visit(inputObject.Description, visitor);
                Visit(inputObject.Name, visitor);
                VisitAll(inputObject.Directives, visitor);
                VisitAll(inputObject.Fields, visitor);
                break;
            case DirectiveDefinitionNode directiveDefinition:
                Visit(directiveDefinition.Description, visitor);
                Visit(directiveDefinition.Name, visitor);
                VisitAll(directiveDefinition.Arguments, visitor);
                VisitAll(directiveDefinition.Locations, visitor);
                break;
            case SchemaExtensionNode schemaExtension:
                VisitAll(schemaExtension.Directives, visitor);
                VisitAll(schemaExtension.OperationTypes, visitor);
                break;
            case ObjectTypeExtensionNode objectExtension:
                Visit(objectExtension.Name, visitor);
                VisitAll(objectExtension.Interfaces, visitor);
                VisitAll(objectExtension.Directives, visitor);
                VisitAll(objectExtension.Fields, visitor);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                Visit(interfaceExtension.Name, visitor);
                VisitAll(interfaceExtension.Interfaces, visitor);
                VisitAll(interfaceExtension.Directives, visitor);
                VisitAll(interfaceExtension.Fields, visitor);
                break;
            case UnionTypeExtensionNode unionExtension:
                Visit(unionExtension.Name, visitor);
                VisitAll(unionExtension.Directives, visitor);
                VisitAll(unionExtension.Types, visitor);
                break;
            case EnumTypeExtensionNode enumExtension:
                Visit(enumExtension.Name, visitor);
                VisitAll(enumExtension.Directives, visitor);
                VisitAll(enumExtension.Values, visitor);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                Visit(inputExtension.Name, visitor);
                VisitAll(inputExtension.Directives, visitor);
                VisitAll(inputExtension.Fields, visitor);
                break;
            case TypeExtensionNode typeExtension:
                Visit(typeExtension.Name, visitor);
                VisitAll(typeExtension.Directives, visitor);
                break;
        }
    }
}
