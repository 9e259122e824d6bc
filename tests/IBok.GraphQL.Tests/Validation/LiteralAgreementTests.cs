using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;
using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;

namespace IBok.GraphQL.Tests.Validation;

/// <summary>Validation and execution read a custom-scalar literal the same way: ValuesOfCorrectTypeRule accepts a
/// literal exactly when ValueFromAst can coerce it, so a valid document never fails coercion at execution.</summary>
public sealed class LiteralAgreementTests
{
    public static TheoryData<string, string> Literals => new()
    {
        { "Long", "42" }, { "Long", "-9223372036854775808" }, { "Long", "9223372036854775808" }, { "Long", "1.5" }, { "Long", "\"42\"" },
        { "Decimal", "12.50" }, { "Decimal", "79228162514264337593543950336" }, { "Decimal", "\"12.5\"" }, { "Decimal", "\"12,50\"" }, { "Decimal", "TWELVE" },
        { "Date", "\"2026-02-29\"" }, { "Date", "\"2028-02-29\"" }, { "Date", "5" },
        { "DateTime", "\"2026-01-31T14:05:00+01:00\"" }, { "DateTime", "\"2026-01-31T14:05:00\"" },
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void Literal_IsValidExactlyWhenItCoerces(string scalarName, string literal)
    {
        var scalar = (ScalarType)ValidationSchema.Schema.GetType(scalarName)!;
        var argument = scalarName switch { "Long" => "longArg", "Decimal" => "decimalArg", "Date" => "dateArg", _ => "dateTimeArg" };
        var field = argument[..^3] + "ArgField";
        var document = Parser.Parse($"{{ complicatedArgs {{ {field}({argument}: {literal}) }} }}");

        var valid = DocumentValidator.Validate(ValidationSchema.Schema, document, [context => new ValuesOfCorrectTypeRule(context)]).Count == 0;
        var coerces = ValueFromAst.TryGetValue(Parser.ParseValue(literal), scalar, null, out _);

        Assert.Equal(coerces, valid);
    }
}
