using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Tests.Language;

/// <summary>
/// Generates GraphQL documents as text from a fixed seed: executable and type system definitions with random
/// ignored tokens, names, numbers and strings (escapes, Unicode, block strings), and corrupted variants of them.
/// </summary>
public sealed class RandomDocuments(int seed)
{
    private static readonly string[] Names = ["a", "b", "node", "user", "on", "query", "type", "true", "null", "_x1", "Foo", "fragment", "extend"];
    private static readonly string[] StringPieces =
        ["x", " ", "ż", "😀", "\\n", "\\\"", "\\\\", "\\u0041", "\\u{1F600}", "\\uD83D\\uDE00", "\\t", "\\/", "\u0007", "'"];
    private static readonly string[] BlockPieces = ["x", " ", "  ", "\n", "\r\n", "\t", "\"q", "\\\"\"\"", "ż", "😀", "\\"];

    private readonly Random _random = new(seed);
    private int _depth;

    public string Document()
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append(_random.Next(3) switch
            {
                0 => Operation(),
                1 => Fragment(),
                _ => TypeDefinition(),
            });
            builder.Append(Ignored(forceSeparator: true));
        }

        return builder.ToString();
    }

    /// <summary>The document with one character deleted, duplicated or replaced by a character of GraphQL's alphabet.</summary>
    public string Corrupt(string document)
    {
        if (document.Length == 0)
        {
            return "{";
        }

        var index = _random.Next(document.Length);
        if (char.IsLowSurrogate(document[index]))
        {
            index--;
        }

        const string alphabet = "{}()[]:=@$!&|.\"#,0-e_aZ \n";
        return _random.Next(3) switch
        {
            0 => document.Remove(index, char.IsHighSurrogate(document[index]) ? 2 : 1),
            1 => document.Insert(index, alphabet[_random.Next(alphabet.Length)].ToString()),
            _ => document.Remove(index, char.IsHighSurrogate(document[index]) ? 2 : 1)
                .Insert(index, alphabet[_random.Next(alphabet.Length)].ToString()),
        };
    }

    private string Operation()
    {
        if (_random.Next(4) == 0)
        {
            return SelectionSet();
        }

        var keyword = Pick(["query", "mutation", "subscription"]);
        var builder = new StringBuilder();
        if (_random.Next(4) == 0)
        {
            builder.Append(StringLiteral()).Append(Ignored(forceSeparator: true));
        }

        builder.Append(keyword);
        if (_random.Next(2) == 0)
        {
            builder.Append(' ').Append(Name());
        }

        if (_random.Next(2) == 0)
        {
            builder.Append(Ignored()).Append('(');
            var count = _random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                if (_random.Next(5) == 0)
                {
                    builder.Append(StringLiteral()).Append(' ');
                }

                builder.Append(Ignored()).Append('$').Append(Name()).Append(Ignored()).Append(':').Append(Ignored()).Append(Type());
                if (_random.Next(2) == 0)
                {
                    builder.Append(Ignored()).Append('=').Append(Ignored()).Append(Value(isConst: true));
                }

                builder.Append(Directives(isConst: true)).Append(Ignored());
            }

            builder.Append(')');
        }

        return builder.Append(Directives(isConst: false)).Append(Ignored()).Append(SelectionSet()).ToString();
    }

    private string Fragment() =>
        (_random.Next(4) == 0 ? StringLiteral() + " " : "")
        + "fragment " + NameExcept("on") + " on " + Name() + Directives(isConst: false) + Ignored() + SelectionSet();

    private string SelectionSet()
    {
        _depth++;
        var builder = new StringBuilder("{");
        var count = _random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Ignored(forceSeparator: true)).Append(Selection());
        }

        _depth--;
        return builder.Append(Ignored()).Append('}').ToString();
    }

    private string Selection()
    {
        switch (_random.Next(6))
        {
            case 0:
                return "..." + Ignored() + NameExcept("on") + Directives(isConst: false);
            case 1:
                return "..." + (_random.Next(2) == 0 ? " on " + Name() : "") + Directives(isConst: false) + Ignored() + SelectionSet();
            default:
                var field = new StringBuilder();
                if (_random.Next(3) == 0)
                {
                    field.Append(Name()).Append(Ignored()).Append(':').Append(Ignored());
                }

                field.Append(Name()).Append(Arguments(isConst: false)).Append(Directives(isConst: false));
                if (_depth < 4 && _random.Next(3) == 0)
                {
                    field.Append(Ignored()).Append(SelectionSet());
                }

                return field.ToString();
        }
    }

    private string Arguments(bool isConst)
    {
        if (_random.Next(2) == 0)
        {
            return "";
        }

        var builder = new StringBuilder("(");
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Ignored(forceSeparator: i > 0)).Append(Name()).Append(Ignored()).Append(':').Append(Ignored()).Append(Value(isConst));
        }

        return builder.Append(Ignored()).Append(')').ToString();
    }

    private string Directives(bool isConst)
    {
        var builder = new StringBuilder();
        var count = _random.Next(4) == 0 ? _random.Next(1, 3) : 0;
        for (var i = 0; i < count; i++)
        {
            builder.Append(Ignored(forceSeparator: true)).Append('@').Append(Name()).Append(Arguments(isConst));
        }

        return builder.ToString();
    }

    private string Value(bool isConst)
    {
        _depth++;
        try
        {
            var choice = _random.Next(_depth > 4 ? 7 : 9);
            return choice switch
            {
                0 => isConst ? Pick(["1", "-0"]) : "$" + Name(),
                1 => Int(),
                2 => Float(),
                3 => StringLiteral(),
                4 => Pick(["true", "false", "null"]),
                5 => Pick(["RED", "on", "query", "_"]),
                6 => BlockStringLiteral(),
                7 => "[" + string.Join(Ignored(forceSeparator: true), Enumerable.Range(0, _random.Next(4)).Select(_ => Value(isConst))) + "]",
                _ => "{" + string.Join(Ignored(forceSeparator: true),
                    Enumerable.Range(0, _random.Next(4)).Select(_ => Name() + ":" + Ignored() + Value(isConst))) + "}",
            };
        }
        finally
        {
            _depth--;
        }
    }

    private string TypeDefinition()
    {
        var description = _random.Next(2) == 0 ? (_random.Next(2) == 0 ? StringLiteral() : BlockStringLiteral()) + "\n" : "";
        return _random.Next(8) switch
        {
            0 => description + "scalar " + Name() + Directives(isConst: true),
            1 => description + "type " + Name() + Implements() + Directives(isConst: true) + Fields(),
            2 => description + "interface " + Name() + Implements() + Directives(isConst: true) + Fields(),
            3 => description + "union " + Name() + Directives(isConst: true) + " = " + (_random.Next(2) == 0 ? "| " : "")
                + string.Join(" | ", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Name())),
            4 => description + "enum " + Name() + Directives(isConst: true) + " {" + string.Join(" ",
                Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(["A", "B", "on", "query"]) + Directives(isConst: true))) + "}",
            5 => description + "input " + Name() + Directives(isConst: true) + " {" + string.Join(" ",
                Enumerable.Range(0, _random.Next(1, 4)).Select(_ => InputValue())) + "}",
            6 => description + "directive @" + Name() + (_random.Next(2) == 0 ? "(" + InputValue() + ")" : "")
                + (_random.Next(2) == 0 ? " repeatable" : "") + " on " + Pick(["FIELD", "| QUERY | OBJECT", "ENUM_VALUE"]),
            _ => "extend type " + Name() + Directives(isConst: true) + Fields(),
        };
    }

    private string Implements() => _random.Next(2) == 0 ? "" : " implements " + (_random.Next(2) == 0 ? "& " : "")
        + string.Join(" & ", Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Name()));

    private string Fields() => " {" + string.Join(Ignored(forceSeparator: true), Enumerable.Range(0, _random.Next(1, 4)).Select(_ =>
        (_random.Next(3) == 0 ? StringLiteral() + " " : "") + Name()
        + (_random.Next(3) == 0 ? "(" + string.Join(", ", Enumerable.Range(0, _random.Next(1, 4)).Select(_ => InputValue())) + ")" : "")
        + ": " + Type() + Directives(isConst: true))) + "}";

    private string InputValue() =>
        (_random.Next(3) == 0 ? BlockStringLiteral() + " " : "") + Name() + ": " + Type()
        + (_random.Next(2) == 0 ? " = " + Value(isConst: true) : "") + Directives(isConst: true);

    private string Type()
    {
        var type = _random.Next(3) == 0 ? "[" + Ignored() + Type() + Ignored() + "]" : Name();
        return _random.Next(2) == 0 ? type + Ignored() + "!" : type;
    }

    private string Int() => (_random.Next(2) == 0 ? "-" : "") + _random.Next(3) switch
    {
        0 => "0",
        1 => _random.Next(1, 1000).ToString(CultureInfo.InvariantCulture),
        _ => "98765432109876543210",
    };

    private string Float() => Int() + Pick([".5", ".0001", "e3", "E-2", ".25e+10"]);

    private string StringLiteral() =>
        "\"" + string.Concat(Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(StringPieces))) + "\"";

    private string BlockStringLiteral()
    {
        var content = string.Concat(Enumerable.Range(0, _random.Next(12)).Select(_ => Pick(BlockPieces)));

        // A trailing quote or backslash would merge with the closing triple quote.
        return "\"\"\"" + content + (content.EndsWith('"') || content.EndsWith('\\') ? "x" : "") + "\"\"\"";
    }

    private string Name() => Pick(Names);

    private string NameExcept(string excluded)
    {
        string name;
        do
        {
            name = Name();
        }
        while (name == excluded);

        return name;
    }

    private string Ignored(bool forceSeparator = false) => _random.Next(8) switch
    {
        0 => ",",
        1 => "\n  ",
        2 => " # comment ż😀\n",
        3 => "\r\n\t",
        4 => "\uFEFF ",
        _ => forceSeparator ? " " : "",
    };

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
