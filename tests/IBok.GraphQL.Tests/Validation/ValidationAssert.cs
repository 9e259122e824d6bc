using IBok.GraphQL.Language;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Validation;

/// <summary>Runs validation rules over documents against <see cref="ValidationSchema"/> and compares whole results.</summary>
internal static class ValidationAssert
{
    /// <summary>An expected error: the full message and its (line, column) locations.</summary>
    public static ValidationError Error(string message, params (int Line, int Column)[] locations) =>
        new(message, locations.Select(location => new ErrorLocation(location.Line, location.Column)).ToArray());

    public static IReadOnlyList<ValidationError> Validate(string document, IEnumerable<ValidationRuleFactory>? rules = null, int maxErrors = DocumentValidator.DefaultMaxErrors) =>
        DocumentValidator.Validate(ValidationSchema.Schema, Parser.Parse(document), rules, maxErrors);

    public static void ExpectValid(ValidationRuleFactory rule, string document) => ExpectErrors(rule, document);

    public static void ExpectErrors(ValidationRuleFactory rule, string document, params ValidationError[] expected) =>
        AssertSame(expected, Validate(document, [rule]));

    public static void AssertSame(IReadOnlyList<ValidationError> expected, IReadOnlyList<ValidationError> actual) =>
        Assert.Equal(
            expected.Select(error => error.ToString()).ToArray(),
            actual.Select(error => error.ToString()).ToArray());
}
