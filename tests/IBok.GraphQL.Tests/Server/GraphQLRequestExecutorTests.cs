using System.Text.Json;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Server;
using IBok.GraphQL.Validation;

namespace IBok.GraphQL.Tests.Server;

/// <summary>The request pipeline: parse, validate, limits, refusals, timeout and the error responses.</summary>
public sealed class GraphQLRequestExecutorTests
{
    private readonly PipelineSchema _fixture = new();

    [Fact]
    public async Task ExecuteAsync_ValidQuery_ReturnsData()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "{ hello meters { serial readings { value } } }" });

        Assert.Equal("""{"data":{"hello":"Hello, World","meters":[{"serial":"WM-1","readings":[{"value":7}]}]}}""", PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_VariablesAsJson_AreCoerced()
    {
        using var variables = JsonDocument.Parse("""{"name":"Ala"}""");

        var result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = "query Greet($name: String!) { hello(name: $name) }",
            OperationName = "Greet",
            VariablesJson = variables.RootElement,
        });

        Assert.Equal("""{"data":{"hello":"Hello, Ala"}}""", PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_VariablesAsDictionary_WinOverJson()
    {
        using var variables = JsonDocument.Parse("""{"name":"Json"}""");

        var result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($name: String!) { hello(name: $name) }",
            Variables = new Dictionary<string, object?> { ["name"] = "Map" },
            VariablesJson = variables.RootElement,
        });

        Assert.Equal("""{"data":{"hello":"Hello, Map"}}""", PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_EmptyOperationName_MeansNone()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "query Only { hello }", OperationName = "" });

        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_IsAParseFailureWithoutData()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "{ hello" });

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal([new ErrorLocation(1, 8)], error.Locations);
        Assert.Equal(ServerErrorCodes.ParseFailed, error.Code);
        Assert.Equal(
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""",
            PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_ValidationError_IsAValidationFailureWithoutData()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "{ helo }" });

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\"?", error.Message);
        Assert.Equal([new ErrorLocation(1, 3)], error.Locations);
        Assert.Equal(ServerErrorCodes.ValidationFailed, error.Code);
        Assert.Null(error.Path);
    }

    [Fact]
    public async Task ExecuteAsync_TooManyValidationErrors_StopsAtTheConfiguredLimit()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { MaxValidationErrors = 2 });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ a b c d }" });

        Assert.Equal(
            [
                "Cannot query field \"a\" on type \"Query\".",
                "Cannot query field \"b\" on type \"Query\".",
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            result.Errors.Select(e => e.Message));
        Assert.All(result.Errors, error => Assert.Equal(ServerErrorCodes.ValidationFailed, error.Code));
    }

    [Fact]
    public async Task ExecuteAsync_DeeperThanMaxDepth_IsRefusedWithTheExactMessage()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { MaxDepth = 2 });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ meters { readings { value } } }" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("The operation depth 3 exceeds the maximum of 2.", error.Message);
        Assert.Equal([new ErrorLocation(1, 1)], error.Locations);
        Assert.Equal(ServerErrorCodes.ValidationFailed, error.Code);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task ExecuteAsync_AtMaxDepth_Runs()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { MaxDepth = 3 });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ meters { readings { value } } }" });

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task ExecuteAsync_CostlierThanMaxCost_IsRefusedWithTheExactMessage()
    {
        // meters: 1 + 10 × (serial 1 + readings (1 + 10 × value 1)) = 121 with the default list size of 10.
        var executor = Executor(new GraphQLRequestExecutorOptions { MaxCost = 120 });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ meters { serial readings { value } } }" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("The operation cost 121 exceeds the maximum of 120.", error.Message);
        Assert.Equal(ServerErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public async Task ExecuteAsync_CostWithConfiguredListSize_UsesIt()
    {
        // meters: 1 + 2 × (serial 1 + readings (1 + 2 × value 1)) = 9.
        var executor = Executor(new GraphQLRequestExecutorOptions { MaxCost = 8, CostDefaultListSize = 2 });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ meters { serial readings { value } } }" });

        Assert.Equal("The operation cost 9 exceeds the maximum of 8.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ExecuteAsync_AdditionalValidationRule_ReportsAValidationFailure()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { AdditionalValidationRules = [context => new NoIntrospectionRule(context)] });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello __schema { queryType { name } } }" });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Introspection is disabled.", error.Message);
        Assert.Equal([new ErrorLocation(1, 9)], error.Locations);
        Assert.Equal(ServerErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public async Task ExecuteAsync_ValidationRuleThrows_IsAnUnexpectedErrorKeepingTheException()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { AdditionalValidationRules = [context => new ThrowingRule(context)] });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });

        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            PipelineSchema.Json(result));
        Assert.Equal("Rule bug.", Assert.IsType<InvalidOperationException>(result.Errors[0].OriginalException).Message);
    }

    [Fact]
    public async Task ExecuteAsync_MutationOverReadOnlyTransport_IsRefusedBeforeExecution()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q { hello }\nmutation M { reset }",
            OperationName = "M",
            AllowedOperations = AllowedOperations.ReadOnly,
        });

        Assert.Equal(
            """{"errors":[{"message":"Mutations cannot be sent with GET (a read-only transport); use POST.","locations":[{"line":2,"column":1}],"extensions":{"code":"OPERATION_NOT_ALLOWED"}}]}""",
            PipelineSchema.Json(result));
        Assert.Equal(0, _fixture.Resets);
    }

    [Fact]
    public async Task ExecuteAsync_QueryOverReadOnlyTransport_Runs()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = "query Q { hello }\nmutation M { reset }",
            OperationName = "Q",
            AllowedOperations = AllowedOperations.ReadOnly,
        });

        Assert.Equal("""{"data":{"hello":"Hello, World"}}""", PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_MutationOverDefaultTransport_Runs()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "mutation { reset }" });

        Assert.Equal("""{"data":{"reset":true}}""", PipelineSchema.Json(result));
        Assert.Equal(1, _fixture.Resets);
    }

    [Fact]
    public async Task ExecuteAsync_SubscriptionNotAllowed_IsRefused()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = "subscription { ticks }",
            AllowedOperations = AllowedOperations.Query | AllowedOperations.Mutation,
        });

        var error = Assert.Single(result.Errors);
        Assert.Equal("Subscription operations are not allowed for this request.", error.Message);
        Assert.Equal(ServerErrorCodes.OperationNotAllowed, error.Code);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownOperationName_IsTheExecutorsRequestError()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "query A { hello }", OperationName = "B" });

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Unknown operation named \"B\".", error.Message);
        Assert.Null(error.Extensions);
    }

    [Fact]
    public async Task ExecuteAsync_SlowerThanTheTimeout_AnswersWithATimeoutError()
    {
        var executor = Executor(new GraphQLRequestExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ slow }" });

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the execution timeout of 100 milliseconds.","extensions":{"code":"TIMEOUT"}}],"data":null}""",
            PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_Throws()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Executor().ExecuteAsync(new GraphQLRequest { Query = "{ slow }" }, cancellationToken: cancellation.Token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ExecuteAsync_NoQuery_SaysTheQueryIsMissing(string? query)
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.Equal(
            """{"errors":[{"message":"The query is missing.","extensions":{"code":"BAD_REQUEST"}}]}""",
            PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_VariablesNotAnObject_IsABadRequest()
    {
        using var variables = JsonDocument.Parse("[1, 2]");

        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "{ hello }", VariablesJson = variables.RootElement });

        Assert.Equal(
            """{"errors":[{"message":"Variables must be a JSON object.","extensions":{"code":"BAD_REQUEST"}}]}""",
            PipelineSchema.Json(result));
    }

    [Fact]
    public async Task ExecuteAsync_VariableNumberBeyondDouble_IsInfinityAsInJavaScriptAndFailsCoercion()
    {
        using var variables = JsonDocument.Parse("""{"name":1e400}""");

        var result = await Executor().ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($name: String!) { hello(name: $name) }",
            VariablesJson = variables.RootElement,
        });

        // graphql-js: JSON.parse gives Infinity, which String coercion rejects (a response, not an exception).
        var error = Assert.Single(result.Errors);
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$name\" got invalid value Infinity; String cannot represent a non string value: Infinity", error.Message);
    }

    [Theory]
    [InlineData("   ", "Syntax Error: Unexpected <EOF>.")]
    [InlineData("}}}", "Syntax Error: Unexpected \"}\".")]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.")]
    [InlineData("{ hello(name: ) }", "Syntax Error: Unexpected \")\".")]
    [InlineData("\u0000", "Syntax Error: Unexpected character: U+0000.")]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.")]
    [InlineData("type Foo { a: Int }", "The \"Foo\" definition is not executable.")]
    [InlineData("query ($v: Nope) { hello }", "Unknown type \"Nope\".")]
    public async Task ExecuteAsync_Garbage_IsAnErrorResponseNotAnException(string query, string expectedMessage)
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = query });

        Assert.False(result.HasData);
        Assert.Equal(expectedMessage, result.Errors[0].Message);
    }

    [Fact]
    public async Task ExecuteAsync_MissingRequiredVariable_IsTheExecutorsRequestError()
    {
        var result = await Executor().ExecuteAsync(new GraphQLRequest { Query = "query ($name: String!) { hello(name: $name) }" });

        Assert.False(result.HasData);
        Assert.Equal("Variable \"$name\" of required type \"String!\" was not provided.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task SubscribeAsync_Subscription_StreamsOneResponsePerEvent()
    {
        var responses = await Executor().SubscribeAsync(new GraphQLRequest { Query = "subscription { ticks }" }).ToListAsync();

        Assert.Equal(
            ["""{"data":{"ticks":1}}""", """{"data":{"ticks":2}}""", """{"data":{"ticks":3}}"""],
            responses.Select(PipelineSchema.Json));
    }

    [Fact]
    public async Task SubscribeAsync_Query_GivesItsOneResponse()
    {
        var responses = await Executor().SubscribeAsync(new GraphQLRequest { Query = "{ hello }" }).ToListAsync();

        Assert.Equal(["""{"data":{"hello":"Hello, World"}}"""], responses.Select(PipelineSchema.Json));
    }

    [Fact]
    public async Task SubscribeAsync_InvalidDocument_GivesOneErrorResponse()
    {
        var responses = await Executor().SubscribeAsync(new GraphQLRequest { Query = "subscription { tocks }" }).ToListAsync();

        var response = Assert.Single(responses);
        Assert.False(response.HasData);
        Assert.Equal(ServerErrorCodes.ValidationFailed, Assert.Single(response.Errors).Code);
    }

    [Fact]
    public async Task SubscribeAsync_MutationOverReadOnlyTransport_IsRefused()
    {
        var responses = await Executor().SubscribeAsync(new GraphQLRequest
        {
            Query = "mutation { reset }",
            AllowedOperations = AllowedOperations.ReadOnly,
        }).ToListAsync();

        Assert.Equal(ServerErrorCodes.OperationNotAllowed, Assert.Single(Assert.Single(responses).Errors).Code);
        Assert.Equal(0, _fixture.Resets);
    }

    [Fact]
    public void Options_InvalidLimits_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLRequestExecutorOptions { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLRequestExecutorOptions { MaxCost = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLRequestExecutorOptions { MaxValidationErrors = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLRequestExecutorOptions { OperationCacheSize = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLRequestExecutorOptions { ExecutionTimeout = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GraphQLRequestExecutorOptions { CostDefaultListSize = 0 });
    }

    private GraphQLRequestExecutor Executor(GraphQLRequestExecutorOptions? options = null) => new(_fixture.Schema, options);

    private sealed class NoIntrospectionRule(ValidationContext context) : ValidationRule(context)
    {
        public override bool Enter(SyntaxNode node)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field)
            {
                Context.ReportError("Introspection is disabled.", field);
            }

            return true;
        }
    }

    private sealed class ThrowingRule(ValidationContext context) : ValidationRule(context)
    {
        public override bool Enter(SyntaxNode node) => throw new InvalidOperationException("Rule bug.");
    }
}
