using IBok.GraphQL.Validation;
using IBok.GraphQL.Validation.Rules;
using static IBok.GraphQL.Tests.Validation.ValidationAssert;

namespace IBok.GraphQL.Tests.Validation;

/// <summary><see cref="ProvidedRequiredArgumentsRule"/>; expected errors are graphql-js 16.15's.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRuleFactory Rule = context => new ProvidedRequiredArgumentsRule(context);

    [Fact]
    public void Validate_RequiredArgumentsGivenOrDefaulted_Valid() => ExpectValid(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
            nonNullFieldWithDefault
            multipleOptAndReq(req1: 3, req2: 4)
          }
          dog { name @withArgs(required: 1) @include(if: true) }
        }
        """);

    [Fact]
    public void Validate_MissingFieldArguments_ReportsEach() => ExpectErrors(
        Rule,
        """
        {
          complicatedArgs {
            multipleReqs(req1: 1)
            multipleOptAndReq
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"multipleOptAndReq\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 5)),
        Error("Field \"multipleOptAndReq\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 5)));

    [Fact]
    public void Validate_MissingDirectiveArguments_Reports() => ExpectErrors(
        Rule,
        """
        { dog @include { name @skip nickname @withArgs(optional: "x") } }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)),
        Error("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (1, 38)));
}
