using IBok.GraphQL.Language;
using System.Text.Json;
using IBok.GraphQL.Tests.Oracle;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Validation;

/// <summary>Runs graphql-js's <c>validate</c> through <c>Validation/validate.js</c> (see <see cref="GraphQLJs"/> for the set-up).</summary>
internal static class ValidationOracle
{
    /// <summary>For each document, in order, the errors graphql-js reports against the schema built from <paramref name="sdl"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<ValidationError>> Validate(string sdl, IReadOnlyList<string> documents)
    {
        var stdout = GraphQLJs.Run("tests/IBok.GraphQL.Tests/Validation/validate.js", JsonSerializer.Serialize(new { schema = sdl, documents }));

        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray()
            .Select(errors => (IReadOnlyList<ValidationError>)errors.EnumerateArray()
                .Select(error => new ValidationError(
                    error.GetProperty("message").GetString()!,
                    error.GetProperty("locations").EnumerateArray()
                        .Select(location => new ErrorLocation(location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()))
                        .ToArray()))
                .ToArray())
            .ToArray();
    }
}
