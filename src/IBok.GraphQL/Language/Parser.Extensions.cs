namespace IBok.GraphQL.Language;

// Spec 3.3.2 Schema Extension and the type extensions of 3.5-3.10.
public ref partial struct Parser
{
    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension</summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            if (keyword.IsKeyword("schema"u8)) return ParseSchemaExtension();
            if (keyword.IsKeyword("scalar"u8)) return ParseScalarTypeExtension();
            if (keyword.IsKeyword("type"u8)) return ParseObjectTypeExtension();
            if (keyword.IsKeyword("interface"u8)) return ParseInterfaceTypeExtension();
            if (keyword.IsKeyword("union"u8)) return ParseUnionTypeExtension();
            if (keyword.IsKeyword("enum"u8)) return ParseEnumTypeExtension();
            if (keyword.IsKeyword("input"u8)) return ParseInputObjectTypeExtension();
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// | extend schema Directives[Const] [lookahead != {]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = Array.Empty<OperationTypeDefinitionNode>();
        if (ExpectOptionalToken(TokenKind.LeftBrace))
        {
            var list = new List<OperationTypeDefinitionNode>();
            do
            {
                list.Add(ParseOperationTypeDefinition());
            }
            while (!ExpectOptionalToken(TokenKind.RightBrace));

            operationTypes = list.ToArray();
        }

        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(LocationFrom(start), directives, operationTypes);
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(LocationFrom(start), name, directives);
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend type Name ImplementsInterfaces? Directives[Const] [lookahead != {]
    /// | extend type Name ImplementsInterfaces [lookahead != {]
    /// </summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields);
    }

    /// <summary>
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    /// | extend interface Name ImplementsInterfaces? Directives[Const] [lookahead != {]
    /// | extend interface Name ImplementsInterfaces [lookahead != {]
    /// </summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields);
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(LocationFrom(start), name, directives, types);
    }

    /// <summary>
    /// EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition
    /// | extend enum Name Directives[Const] [lookahead != {]
    /// </summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(LocationFrom(start), name, directives, values);
    }

    /// <summary>
    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition
    /// | extend input Name Directives[Const] [lookahead != {]
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(LocationFrom(start), name, directives, fields);
    }
}
