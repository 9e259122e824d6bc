using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="ValuesOfCorrectTypeRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new ValuesOfCorrectTypeRule(context);

    [Fact]
    public void Validate_GoodLiterals_Valid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: 2)
            floatArgField(floatArg: 1)
            idArgField(idArg: 1)
            enumArgField(enumArg: NO_FUR)
            stringListArgField(stringListArg: "one")
            complexArgField(complexArg: { requiredField: true, stringListField: ["a", null] })
            oneOfArgField(oneOfArg: { intField: 1 })
          }
        }
        """);

    [Fact]
    public void Validate_WrongScalarKinds_ReportsScalarMessages() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            intArgField(intArg: "3")
            a: intArgField(intArg: 829384293849283498239482938)
            floatArgField(floatArg: true)
            stringArgField(stringArg: 1.0)
            booleanArgField(booleanArg: TRUE)
            idArgField(idArg: 1.0)
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"3\"", (3, 25)),
        Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 28)),
        Error("Float cannot represent non numeric value: true", (5, 29)),
        Error("String cannot represent a non string value: 1.0", (6, 31)),
        Error("Boolean cannot represent a non boolean value: TRUE", (7, 33)),
        Error("ID cannot represent a non-string and non-integer value: 1.0", (8, 23)));

    [Fact]
    public void Validate_WrongEnumLiterals_SuggestsValues() => ExpectErrors(
        Rule,
        """
        {
          dog {
            a: doesKnowCommand(dogCommand: "SIT")
            b: doesKnowCommand(dogCommand: sit)
            c: doesKnowCommand(dogCommand: JUGGLE)
            d: doesKnowCommand(dogCommand: 2)
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 36)),
        Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (4, 36)),
        Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (5, 36)),
        Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (6, 36)));

    [Fact]
    public void Validate_NullInNonNullPositions_Reports() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: null)
            stringListNonNullArgField(stringListNonNullArg: ["a", null])
          }
        }
        """,
        Error("Expected value of type \"Int!\", found null.", (3, 39)),
        Error("Expected value of type \"String!\", found null.", (4, 59)));

    [Fact]
    public void Validate_InputObjectProblems_ReportsMissingUnknownAndWrongFields() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            a: complexArgField(complexArg: { intField: 4 })
            b: complexArgField(complexArg: { requiredField: true, strinField: "value" })
            c: complexArgField(complexArg: "notAnObject")
            d: complexArgField(complexArg: { requiredField: true, stringListField: ["one", 2] })
          }
        }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 36)),
        Error("Field \"strinField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", (4, 59)),
        Error("Expected value of type \"ComplexInput\", found \"notAnObject\".", (5, 36)),
        Error("String cannot represent a non string value: 2", (6, 84)));

    [Fact]
    public void Validate_OneOfLiterals_ReportsKeyCountAndNull() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            a: oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
            b: oneOfArgField(oneOfArg: { stringField: null })
            c: oneOfArgField(oneOfArg: {})
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 32)),
        Error("Field \"OneOfInput.stringField\" must be non-null.", (4, 32)),
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (5, 32)));

    [Fact]
    public void Validate_VariableDefaults_Checked() => ExpectErrors(
        Rule,
        """
        query ($a: Int = "one", $b: String! = null, $c: ComplexInput = { requiredField: 123 }) {
          complicatedArgs {
            intArgField(intArg: $a)
            stringArgField(stringArg: $b)
            complexArgField(complexArg: $c)
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (1, 18)),
        Error("Expected value of type \"String!\", found null.", (1, 39)),
        Error("Boolean cannot represent a non boolean value: 123", (1, 81)));
}
