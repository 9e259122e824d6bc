using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="ExecutableDefinitionsRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new ExecutableDefinitionsRule(context);

    [Fact]
    public void Validate_OperationsAndFragments_Valid() => ExpectValid(
        Rule,
        """
        query Foo {
          dog { ...F }
        }

        fragment F on Dog { name }
        """);

    [Fact]
    public void Validate_TypeDefinitionAndExtension_ReportsEach() => ExpectErrors(
        Rule,
        """
        query Foo {
          dog { name }
        }

        type Cow { name: String }

        extend type Dog { color: String }
        """,
        Error("The \"Cow\" definition is not executable.", (5, 1)),
        Error("The \"Dog\" definition is not executable.", (7, 1)));

    [Fact]
    public void Validate_SchemaDefinitionAndExtension_ReportsSchema() => ExpectErrors(
        Rule,
        """
        schema { query: Query }

        extend schema @onQuery
        """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The schema definition is not executable.", (3, 1)));

    [Fact]
    public void Validate_DirectiveDefinition_ReportsDirectiveName() => ExpectErrors(
        Rule,
        """
        directive @foo on FIELD

        { dog { name } }
        """,
        Error("The \"foo\" definition is not executable.", (1, 1)));
}
