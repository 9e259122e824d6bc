namespace IBok.GraphQL.Language;

// Spec 2.11 Type References.
public ref partial struct Parser
{
    /// <summary>Type : NamedType | ListType | NonNullType; ListType : [ Type ]; NonNullType : NamedType ! | ListType !</summary>
    private TypeNode ParseTypeReference()
    {
        var start = Begin();
        TypeNode type;
        if (Peek(TokenKind.LeftBracket))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            ExpectToken(TokenKind.RightBracket);
            ExitNesting();
            type = new ListTypeNode(LocationFrom(start), itemType);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(LocationFrom(start), type) : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Begin();
        var name = ParseName();
        return new NamedTypeNode(LocationFrom(start), name);
    }
}
