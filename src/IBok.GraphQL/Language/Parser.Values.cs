namespace IBok.GraphQL.Language;

// Spec 2.9 Input Values.
public ref partial struct Parser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    /// | ListValue[?Const] | ObjectValue[?Const];
    /// BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true, false or null
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Begin();
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var text = _lexer.GetText();
                Advance();
                return new IntValueNode(LocationFrom(start), text);
            }

            case TokenKind.Float:
            {
                var text = _lexer.GetText();
                Advance();
                return new FloatValueNode(LocationFrom(start), text);
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
            {
                var isTrue = _lexer.IsKeyword("true"u8);
                var isFalse = _lexer.IsKeyword("false"u8);
                var isNull = _lexer.IsKeyword("null"u8);
                var enumName = isTrue || isFalse || isNull ? null : _lexer.GetText();
                Advance();
                var location = LocationFrom(start);
                return enumName is not null ? new EnumValueNode(location, enumName)
                    : isNull ? new NullValueNode(location)
                    : new BooleanValueNode(location, isTrue);
            }

            case TokenKind.Dollar when isConst:
            {
                var dollar = _lexer;
                Advance();
                if (Peek(TokenKind.Name))
                {
                    throw _lexer.Error(start.Offset, $"Unexpected variable \"${_lexer.GetText()}\" in constant value.");
                }

                throw Unexpected(dollar);
            }

            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>StringValue (spec 2.9.4); also Description : StringValue.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = Begin();
        var value = _lexer.GetStringValue();
        var block = _lexer.Kind == TokenKind.BlockString;
        Advance();
        return new StringValueNode(LocationFrom(start), value, block);
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.LeftBracket);
        List<ValueNode>? values = null;
        while (!ExpectOptionalToken(TokenKind.RightBracket))
        {
            (values ??= []).Add(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(LocationFrom(start), ToReadOnly(values));
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.LeftBrace);
        List<ObjectFieldNode>? fields = null;
        while (!ExpectOptionalToken(TokenKind.RightBrace))
        {
            (fields ??= []).Add(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(LocationFrom(start), ToReadOnly(fields));
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(LocationFrom(start), name, value);
    }
}
