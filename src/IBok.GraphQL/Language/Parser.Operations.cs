namespace IBok.GraphQL.Language;

// Spec 2.2 Document, 2.3 Operations, 2.4 Selection Sets, 2.5 Fields, 2.6 Arguments, 2.10 Variables, 2.12 Directives.
public ref partial struct Parser
{
    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        ExpectToken(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode(new Location(0, _lexer.Source.Length, 1, 1), definitions.ToArray());
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension;
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition;
    /// TypeSystemDefinitionOrExtension : TypeSystemDefinition | TypeSystemExtension.
    /// Many definitions begin with a Description, so the keyword may be one token ahead.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _lexer;
        if (hasDescription && keyword.Kind == TokenKind.LeftBrace)
        {
            throw _lexer.Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            if (keyword.IsKeyword("schema"u8)) return ParseSchemaDefinition();
            if (keyword.IsKeyword("scalar"u8)) return ParseScalarTypeDefinition();
            if (keyword.IsKeyword("type"u8)) return ParseObjectTypeDefinition();
            if (keyword.IsKeyword("interface"u8)) return ParseInterfaceTypeDefinition();
            if (keyword.IsKeyword("union"u8)) return ParseUnionTypeDefinition();
            if (keyword.IsKeyword("enum"u8)) return ParseEnumTypeDefinition();
            if (keyword.IsKeyword("input"u8)) return ParseInputObjectTypeDefinition();
            if (keyword.IsKeyword("directive"u8)) return ParseDirectiveDefinition();
            if (keyword.IsKeyword("query"u8) || keyword.IsKeyword("mutation"u8) || keyword.IsKeyword("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (keyword.IsKeyword("fragment"u8)) return ParseFragmentDefinition();
            if (hasDescription)
            {
                throw _lexer.Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.IsKeyword("extend"u8)) return ParseTypeSystemExtension();
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Begin();
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(LocationFrom(start), null, OperationType.Query, null,
                Array.Empty<VariableDefinitionNode>(), Array.Empty<DirectiveNode>(), shorthand);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(LocationFrom(start), description, operation, name, variables, directives, selectionSet);
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        if (Peek(TokenKind.Name))
        {
            OperationType? operation =
                _lexer.IsKeyword("query"u8) ? OperationType.Query
                : _lexer.IsKeyword("mutation"u8) ? OperationType.Mutation
                : _lexer.IsKeyword("subscription"u8) ? OperationType.Subscription
                : null;
            if (operation is { } found)
            {
                Advance();
                return found;
            }

            throw Unexpected();
        }

        throw _lexer.Error(_lexer.Start, $"Expected Name, found {_lexer.Describe()}.");
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.LeftParenthesis))
        {
            return Array.Empty<VariableDefinitionNode>();
        }

        var variables = new List<VariableDefinitionNode>();
        do
        {
            variables.Add(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightParenthesis));

        return variables.ToArray();
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?; DefaultValue : = Value[Const]</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(LocationFrom(start), description, variable, type, defaultValue, directives);
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = Begin();
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(LocationFrom(start), name);
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.LeftBrace);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!ExpectOptionalToken(TokenKind.RightBrace));

        ExitNesting();
        return new SelectionSetNode(LocationFrom(start), selections.ToArray());
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?; Alias : Name :</summary>
    private FieldNode ParseField()
    {
        var start = Begin();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(LocationFrom(start), alias, name, arguments, directives, selectionSet);
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.LeftParenthesis))
        {
            return Array.Empty<ArgumentNode>();
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.RightParenthesis));

        return arguments.ToArray();
    }

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(LocationFrom(start), name, value);
    }

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return Array.Empty<DirectiveNode>();
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            directives.Add(ParseDirective(isConst));
        }

        return directives.ToArray();
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Begin();
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(LocationFrom(start), name, arguments);
    }
}
