using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Spec 6.3.2 Field Collection: CollectFields groups the selections of a selection set, after @skip and
/// @include and type conditions, by response key (alias or name) in document order, merging same-key fields
/// and flattening fragments (each named fragment at most once per selection set).
/// </summary>
internal static class FieldCollector
{
    /// <summary>CollectFields(objectType, selectionSet, variableValues, visitedFragments).</summary>
    public static IReadOnlyDictionary<string, List<FieldNode>> CollectFields(ExecutionContext context, ObjectType objectType, SelectionSetNode selectionSet)
    {
        var groupedFields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        CollectFields(context, objectType, selectionSet, groupedFields, new HashSet<string>(StringComparer.Ordinal));
        return groupedFields;
    }

    /// <summary>CollectSubfields (spec 6.4.3 "Merging selection sets"): the selection sets of all merged field nodes.</summary>
    public static IReadOnlyDictionary<string, List<FieldNode>> CollectSubfields(ExecutionContext context, ObjectType objectType, IReadOnlyList<FieldNode> fieldNodes)
    {
        var groupedFields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fieldNode in fieldNodes)
        {
            if (fieldNode.SelectionSet is not null)
            {
                CollectFields(context, objectType, fieldNode.SelectionSet, groupedFields, visitedFragments);
            }
        }

        return groupedFields;
    }

    private static void CollectFields(
        ExecutionContext context,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> groupedFields,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldIncludeNode(context, selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var responseKey = field.ResponseKey;
                    if (groupedFields.TryGetValue(responseKey, out var group))
                    {
                        group.Add(field);
                    }
                    else
                    {
                        groupedFields[responseKey] = [field];
                    }

                    break;

                case InlineFragmentNode inlineFragment:
                    if (DoesFragmentTypeApply(context.Schema, objectType, inlineFragment.TypeCondition))
                    {
                        CollectFields(context, objectType, inlineFragment.SelectionSet, groupedFields, visitedFragments);
                    }

                    break;

                case FragmentSpreadNode spread:
                    // As graphql-js: a fragment is marked visited before its type condition is checked.
                    if (!visitedFragments.Add(spread.Name.Value))
                    {
                        continue;
                    }

                    if (context.Fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && DoesFragmentTypeApply(context.Schema, objectType, fragment.TypeCondition))
                    {
                        CollectFields(context, objectType, fragment.SelectionSet, groupedFields, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>@skip(if: true) excludes a selection, @include(if: false) too (spec 3.13.1, 3.13.2); @skip wins.</summary>
    private static bool ShouldIncludeNode(ExecutionContext context, SelectionNode selection)
    {
        if (selection.Directives.Count == 0)
        {
            return true;
        }

        var skip = ArgumentValues.GetDirectiveValues(DirectiveDefinition.Skip, selection.Directives, context.VariableValues);
        if (skip is not null && skip.GetValueOrDefault("if") is true)
        {
            return false;
        }

        var include = ArgumentValues.GetDirectiveValues(DirectiveDefinition.Include, selection.Directives, context.VariableValues);
        return include is null || include.GetValueOrDefault("if") is not false;
    }

    /// <summary>DoesFragmentTypeApply(objectType, fragmentType) (spec 6.3.2).</summary>
    private static bool DoesFragmentTypeApply(GraphQLSchema schema, ObjectType objectType, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionalType = TypeFromAst.Resolve(schema, typeCondition);
        if (ReferenceEquals(conditionalType, objectType))
        {
            return true;
        }

        return conditionalType is NamedType named && named.IsAbstractType() && schema.IsSubType(named, objectType);
    }
}
