namespace IBok.GraphQL.Language;

// Spec 2.8 Fragments.
public ref partial struct Parser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?;
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = Begin();
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(LocationFrom(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(LocationFrom(start), typeCondition, directives, selectionSet);
    }

    /// <summary>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet;
    /// TypeCondition : on NamedType
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(LocationFrom(start), description, name, typeCondition, directives, selectionSet);
    }

    /// <summary>FragmentName : Name but not on</summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
