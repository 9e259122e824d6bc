using System.Text.Json;
using System.Text.Json.Nodes;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Conformance;

/// <summary>
/// Runs a corpus case through our engine exactly as the oracle runs it through graphql-js: build the schema from SDL
/// with the static resolver conventions of README.md, parse, validate with the specified rules, execute.
/// </summary>
internal sealed class OurEngine : IEngineUnderTest
{
    private static readonly IReadOnlyList<(string Name, ValidationRuleFactory Factory)> Rules = NameRules();

    public ConformanceOutcome Run(ConformanceCase testCase)
    {
        GraphQLSchema schema;
        try
        {
            schema = SchemaFromSdl.Build(testCase.Schema, ConventionResolvers(testCase.Schema));
        }
        catch (Exception ex) when (ex is SdlValidationException or SchemaValidationException or GraphQLSyntaxException)
        {
            return Outcome(ConformanceStage.Schema, [new ConformanceError(ex.Message, [], null)]);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(testCase.Document);
        }
        catch (GraphQLSyntaxException ex)
        {
            return Outcome(ConformanceStage.Parse, [new ConformanceError(ex.Message, [(ex.Line, ex.Column)], null)]);
        }

        var validationErrors = DocumentValidator.Validate(schema, document);
        if (validationErrors.Count > 0)
        {
            var reporting = Rules.Where(rule => DocumentValidator.Validate(schema, document, [rule.Factory]).Count > 0).Select(rule => rule.Name).ToArray();
            return new ConformanceOutcome(
                ConformanceStage.Validation,
                null,
                validationErrors.Select(e => new ConformanceError(e.Message, e.Locations.Select(l => (l.Line, l.Column)).ToArray(), null)).ToArray(),
                reporting);
        }

        var result = Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            OperationName = testCase.OperationName,
            VariableValues = testCase.Variables is null ? null : JsonInputValues.ToVariables(ToElement(testCase.Variables)),
            RootValue = JsonInputValues.ToRuntimeValue(ToElement(testCase.RootValue)),
        }).GetAwaiter().GetResult();

        var errors = result.Errors.Select(e => new ConformanceError(
            e.Message,
            e.Locations?.Select(l => (l.Line, l.Column)).ToArray() ?? [],
            e.Path)).ToArray();
        if (!result.HasData)
        {
            return Outcome(ConformanceStage.Request, errors);
        }

        var data = JsonNode.Parse(ExecutionResultJson.Serialize(result))!["data"]?.DeepClone();
        return new ConformanceOutcome(ConformanceStage.Execution, data, errors, []);
    }

    private static ConformanceOutcome Outcome(ConformanceStage stage, IReadOnlyList<ConformanceError> errors) => new(stage, null, errors, []);

    private static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node);

    /// <summary>Conventions 2–4 of README.md on every object field; convention 5 (abstract types by <c>__typename</c>)
    /// is the executor's own fallback.</summary>
    private static SdlResolvers ConventionResolvers(string sdl)
    {
        var resolvers = new SdlResolvers();
        DocumentNode document;
        try
        {
            document = Parser.Parse(sdl);
        }
        catch (GraphQLSyntaxException)
        {
            return resolvers; // SchemaFromSdl reports the syntax error.
        }

        var coordinates = document.Definitions.SelectMany(definition => definition switch
        {
            ObjectTypeDefinitionNode o => o.Fields.Select(f => o.Name.Value + "." + f.Name.Value),
            ObjectTypeExtensionNode o => o.Fields.Select(f => o.Name.Value + "." + f.Name.Value),
            _ => [],
        }).Distinct(StringComparer.Ordinal);
        var definedTypes = document.Definitions.OfType<TypeDefinitionNode>().Select(t => t.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var coordinate in coordinates.Where(c => definedTypes.Contains(c[..c.IndexOf('.', StringComparison.Ordinal)])))
        {
            resolvers.Field(coordinate, FieldResolvers.Sync(Resolve));
        }

        return resolvers;
    }

    private static object? Resolve(IFieldResolveContext context)
    {
        var value = context.Source is IReadOnlyDictionary<string, object?> parent ? parent.GetValueOrDefault(context.Field.Name) : null;
        if (IsMarker(value, "$args", out var args) && args is true)
        {
            return context.Arguments.ToDictionary(pair => pair.Key, pair => EnumsAsNames(pair.Value), StringComparer.Ordinal);
        }

        if (IsMarker(value, "$error", out var message))
        {
            throw new GraphQLException((string)message!);
        }

        return value is object?[] items ? items.Select(ItemValue).ToArray() : value;
    }

    // The executor completes an exception found in a list as that item's field error.
    private static object? ItemValue(object? item) =>
        IsMarker(item, "$error", out var message) ? new GraphQLException((string)message!)
        : item is object?[] items ? items.Select(ItemValue).ToArray()
        : item;

    private static object? EnumsAsNames(object? value) => value switch
    {
        Enum e => e.ToString(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => EnumsAsNames(p.Value), StringComparer.Ordinal),
        IEnumerable<object?> list => list.Select(EnumsAsNames).ToArray(),
        _ => value,
    };

    private static bool IsMarker(object? value, string key, out object? markerValue)
    {
        markerValue = null;
        return value is IReadOnlyDictionary<string, object?> { Count: 1 } map && map.TryGetValue(key, out markerValue);
    }

    private static IReadOnlyList<(string, ValidationRuleFactory)> NameRules()
    {
        var schema = new SchemaBuilder().Query(new ObjectType("Query", () => [new FieldDefinition("a", ScalarType.String)])).Build();
        var document = Parser.Parse("{ a }");
        var context = new ValidationContext(schema, document, new TypeInfo(schema), DocumentValidator.DefaultMaxErrors);
        return SpecifiedRules.All.Select(factory => (factory(context).GetType().Name, factory)).ToArray();
    }
}
