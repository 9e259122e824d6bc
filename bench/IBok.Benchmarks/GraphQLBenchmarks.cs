using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using IBok.Benchmarks.TypedModel;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;
using IBok.GraphQL.Validation;

namespace IBok.Benchmarks;

/// <summary>
/// The GraphQL engine on one realistic operation (bench/GraphQLFixture: a customer account with ~55 field
/// selections, five fragments, five variables, an @include, an interface with inline fragments and three
/// nested list levels; an 8.3 KB response). bench/graphql-js/run.cjs runs the same schema, data, operation and
/// variables on graphql-js and graphql-jit. Serializing the response to JSON is excluded on both sides.
/// </summary>
/// <remarks>
/// The data is the fixture's data.json turned into dictionaries and arrays (<see cref="JsonInputValues.ToRuntimeValue"/>),
/// read by the default resolver; four fields have resolvers that use their arguments, the same four as in run.cjs.
/// <see cref="Setup"/> checks the response equals the one graphql-js produced (bench/graphql-js/expected-result.json).
/// The <c>Typed</c> cases run the same operation on the same data as a .NET server holds it: typed C# classes
/// (<see cref="TypedModel"/>, data.json deserialized into them) under the code-first schema built from them;
/// <see cref="Setup"/> checks the typed response serializes to exactly the dictionary variant's bytes.
/// </remarks>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private string source = null!;
    private byte[] utf8Source = null!;
    private GraphQLSchema schema = null!;
    private DocumentNode document = null!;
    private GraphQLSchema typedSchema = null!;
    private IReadOnlyDictionary<string, object?> variables = null!;

    /// <summary>The fixture's schema over JSON-shaped dictionaries (after <see cref="Setup"/>).</summary>
    public GraphQLSchema DictionarySchema => schema;

    /// <summary>The fixture's schema over typed C# objects (after <see cref="Setup"/>).</summary>
    public GraphQLSchema TypedSchema => typedSchema;

    /// <summary>Loads the fixture, builds the schema and checks the response against graphql-js's.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "GraphQLFixture");
        source = File.ReadAllText(Path.Combine(fixture, "operation.graphql"));
        utf8Source = Encoding.UTF8.GetBytes(source);
        using var variablesJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture, "variables.json")));
        variables = JsonInputValues.ToVariables(variablesJson.RootElement);
        using var dataJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(fixture, "data.json")));
        var data = (IReadOnlyDictionary<string, object?>)JsonInputValues.ToRuntimeValue(dataJson.RootElement)!;
        var customersById = ((object?[])data["customers"]!)
            .Cast<IReadOnlyDictionary<string, object?>>()
            .ToDictionary(customer => (string)customer["id"]!, StringComparer.Ordinal);

        schema = SchemaFromSdl.Build(File.ReadAllText(Path.Combine(fixture, "schema.graphql")), new SdlResolvers()
            .Field("Query.customer", context => new ValueTask<object?>(customersById.GetValueOrDefault((string)context.Arguments["id"]!)))
            .Field("Customer.premises", context =>
            {
                var premises = (object?[])Map(context.Source)["premises"]!;
                return new ValueTask<object?>(context.Arguments["activeOnly"] is true
                    ? premises.Where(premise => Map(premise)["active"] is true).ToArray()
                    : premises);
            })
            .Field("Customer.invoices", context => new ValueTask<object?>(TakeLast((object?[])Map(context.Source)["invoices"]!, context.Arguments.GetValueOrDefault("last"))))
            .Field("Meter.readings", context => new ValueTask<object?>(TakeLast((object?[])Map(context.Source)["readings"]!, context.Arguments.GetValueOrDefault("last")))));

        document = Parser.Parse(source);
        var errors = DocumentValidator.Validate(schema, document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid operation: " + string.Join("; ", errors.Select(error => error.Message)));
        }

        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture, "expected-result.json")));
        var dictionaryResponse = ExecutionResultJson.Serialize(Execute().GetAwaiter().GetResult());
        var actual = JsonNode.Parse(dictionaryResponse);
        if (!JsonNode.DeepEquals(actual, expected))
        {
            throw new InvalidOperationException("The response differs from graphql-js's:\n" + actual!.ToJsonString());
        }

        AccountQuery.Use(AccountData.Parse(File.ReadAllText(Path.Combine(fixture, "data.json"))).Customers);
        typedSchema = CodeFirstSchema.Create().AddQueryType<AccountQuery>().Build();
        var typedErrors = DocumentValidator.Validate(typedSchema, document);
        if (typedErrors.Count > 0)
        {
            throw new InvalidOperationException("Invalid operation on the typed schema: " + string.Join("; ", typedErrors.Select(error => error.Message)));
        }

        var typedResponse = ExecutionResultJson.Serialize(ExecuteTyped().GetAwaiter().GetResult());
        if (typedResponse != dictionaryResponse)
        {
            throw new InvalidOperationException("The typed variant's response differs from the dictionary variant's:\n" + typedResponse);
        }
    }

    /// <summary>Lexes the whole operation; must not allocate.</summary>
    [Benchmark]
    public int Lex()
    {
        var lexer = new Lexer(utf8Source);
        var tokens = 0;
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Lexes and parses the operation from a string (as graphql-js's <c>parse</c> gets it).</summary>
    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(source);

    /// <summary>Validates the parsed operation with all specified rules.</summary>
    [Benchmark]
    public IReadOnlyList<ValidationError> Validate() => DocumentValidator.Validate(schema, document);

    /// <summary>The cached path: executes the already parsed and validated operation.</summary>
    [Benchmark]
    public Task<ExecutionResult> Execute() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = schema,
        Document = document,
        VariableValues = variables,
    });

    /// <summary>The cached path on typed C# objects under the code-first schema.</summary>
    [Benchmark]
    public Task<ExecutionResult> ExecuteTyped() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = typedSchema,
        Document = document,
        VariableValues = variables,
    });

    /// <summary>The full path on typed C# objects under the code-first schema.</summary>
    [Benchmark]
    public async Task<ExecutionResult> FullPathTyped()
    {
        var parsed = Parser.Parse(source);
        if (DocumentValidator.Validate(typedSchema, parsed).Count > 0)
        {
            throw new InvalidOperationException("invalid");
        }

        return await Executor.ExecuteAsync(new ExecutionRequest { Schema = typedSchema, Document = parsed, VariableValues = variables });
    }

    /// <summary>The full path: parse, validate, execute.</summary>
    [Benchmark]
    public async Task<ExecutionResult> FullPath()
    {
        var parsed = Parser.Parse(source);
        if (DocumentValidator.Validate(schema, parsed).Count > 0)
        {
            throw new InvalidOperationException("invalid");
        }

        return await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = parsed, VariableValues = variables });
    }

    /// <summary>Probe only: the fixed cost of a request (one field, same variables).</summary>
    internal Task<ExecutionResult> ExecuteTiny() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = schema,
        Document = tinyDocument ??= Parser.Parse("query ($id: ID!, $activeOnly: Boolean = true, $readings: Int = 6, $invoices: Int!, $withLines: Boolean!) { customer(id: $id) { id } }"),
        VariableValues = variables,
    });

    private DocumentNode? tinyDocument;

    private static IReadOnlyDictionary<string, object?> Map(object? value) => (IReadOnlyDictionary<string, object?>)value!;

    private static object?[] TakeLast(object?[] items, object? count) =>
        count is int last && last < items.Length ? items[^last..] : items;
}
