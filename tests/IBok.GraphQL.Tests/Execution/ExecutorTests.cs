using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private const string Sdl = """
        type Query { a: String b: String n: Int! user: User users: [User] pet: Pet thing: Thing }
        type Mutation { one: Int two: Int }
        type User { fullName: String ID: String age: Int }
        type Dog { name: String }
        type Cat { name: String }
        union Pet = Dog | Cat
        interface Thing { name: String }
        type Box implements Thing { name: String }
        """;

    [Fact]
    public async Task Execute_UnexpectedException_IsMaskedAndKeptServerSide()
    {
        var failure = new InvalidOperationException("connection string: Server=db;Password=secret");
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", _ => throw failure));

        var result = await Execute(schema, "{ a }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"a":null}}""",
            ExecutionResultJson.Serialize(result));
        Assert.Same(failure, Assert.Single(result.Errors).OriginalException);
    }

    [Fact]
    public async Task Execute_GraphQLException_KeepsMessageCodeAndExtensions()
    {
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", _ =>
            throw new GraphQLException("Meter not found.", "NOT_FOUND") { Extensions = new Dictionary<string, object?> { ["meter"] = "W-1" } }));

        var result = await Execute(schema, "{ a }");

        Assert.Equal(
            """{"errors":[{"message":"Meter not found.","locations":[{"line":1,"column":3}],"path":["a"],"extensions":{"code":"NOT_FOUND","meter":"W-1"}}],"data":{"a":null}}""",
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task Execute_ReturnedException_IsAFieldError()
    {
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", _ => ValueTask.FromResult<object?>(new GraphQLException("Returned, not thrown."))));

        var result = await Execute(schema, "{ a b }");

        Assert.Equal("Returned, not thrown.", Assert.Single(result.Errors).Message);
        Assert.Equal(new Dictionary<string, object?> { ["a"] = null, ["b"] = null }, result.Data);
    }

    [Fact]
    public async Task Execute_QueryFields_StartConcurrently()
    {
        var bothStarted = new TaskCompletionSource();
        var started = 0;
        async ValueTask<object?> Resolve(IFieldResolveContext context)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }

            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5));
            return context.Field.Name;
        }

        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", Resolve).Field("Query.b", Resolve));

        var result = await Execute(schema, "{ b a }");

        Assert.Equal("""{"data":{"b":"b","a":"a"}}""", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task Execute_MutationFields_RunOneAfterAnother()
    {
        var running = 0;
        var maxRunning = 0;
        async ValueTask<object?> Resolve(IFieldResolveContext context)
        {
            maxRunning = Math.Max(maxRunning, Interlocked.Increment(ref running));
            await Task.Delay(20);
            Interlocked.Decrement(ref running);
            return context.Field.Name == "one" ? 1 : 2;
        }

        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Mutation.one", Resolve).Field("Mutation.two", Resolve));

        var result = await Execute(schema, "mutation { two one x: two }");

        Assert.Equal("""{"data":{"two":2,"one":1,"x":2}}""", ExecutionResultJson.Serialize(result));
        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task Execute_Timeout_CancelsResolversAndReportsTimeout()
    {
        var cancelled = new TaskCompletionSource<bool>();
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", async context =>
        {
            context.CancellationToken.Register(() => cancelled.TrySetResult(true));
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ a }"), Timeout = TimeSpan.FromMilliseconds(50) });

        Assert.Equal(
            """{"errors":[{"message":"The request exceeded the execution timeout of 50 milliseconds.","extensions":{"code":"TIMEOUT"}}],"data":null}""",
            ExecutionResultJson.Serialize(result));
        Assert.True(await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Execute_TimeoutWithResolverIgnoringCancellation_StillAnswersOnTime()
    {
        var release = new TaskCompletionSource();
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", async _ =>
        {
            await release.Task;
            return "late";
        }));

        var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ a }"), Timeout = TimeSpan.FromMilliseconds(30) })
            .WaitAsync(TimeSpan.FromSeconds(5));
        release.SetResult();

        Assert.Equal(ErrorCodes.Timeout, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData(5000, "The request exceeded the execution timeout of 5 seconds.")]
    [InlineData(1000, "The request exceeded the execution timeout of 1 second.")]
    [InlineData(1500, "The request exceeded the execution timeout of 1500 milliseconds.")]
    public void TimeoutError_NamesTheLimit(int milliseconds, string message)
    {
        var error = Executor.TimeoutError(TimeSpan.FromMilliseconds(milliseconds));

        Assert.Equal(message, error.Message);
        Assert.Equal("TIMEOUT", error.Code);
    }

    [Fact]
    public async Task Execute_CallerCancels_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("Query.a", async context =>
        {
            await cancellation.CancelAsync();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse("{ a b }"), CancellationToken = cancellation.Token }));
    }

    [Fact]
    public async Task DefaultResolver_ReadsPascalCasePropertiesOfClrObjects()
    {
        var schema = SchemaFromSdl.Build(Sdl);

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ user { fullName ID age } users { fullName } }"),
            RootValue = new RootRecord(new UserRecord("Anna Nowak", "u-1", 41), [new UserRecord("Jan Kowalski", "u-2", 30), null]),
        });

        Assert.Equal(
            """{"data":{"user":{"fullName":"Anna Nowak","ID":"u-1","age":41},"users":[{"fullName":"Jan Kowalski"},null]}}""",
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public void DefaultResolver_PrefersExactCaseAndGivesNullForMissingMembers()
    {
        var value = new CaseClash();

        Assert.Equal("exact", DefaultFieldResolver.ReadMember(value, "id"));
        Assert.Equal("upper", DefaultFieldResolver.ReadMember(value, "ID"));
        Assert.Null(DefaultFieldResolver.ReadMember(value, "missing"));
        Assert.Null(DefaultFieldResolver.ReadMember(null, "id"));
    }

    [Fact]
    public async Task AbstractType_ResolvesByTypeResolverTypenamePropertyOrIsTypeOf()
    {
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers()
            .Type("Pet", (value, s) => (ObjectType?)s.GetType(value is DogRecord ? "Dog" : "Cat"))
            .IsTypeOf("Box", value => value is BoxRecord));

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ pet { __typename ... on Dog { name } } thing { __typename name } }"),
            RootValue = new Dictionary<string, object?> { ["pet"] = new DogRecord("Rex"), ["thing"] = new BoxRecord("crate") },
        });

        Assert.Equal("""{"data":{"pet":{"__typename":"Dog","name":"Rex"},"thing":{"__typename":"Box","name":"crate"}}}""", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task AbstractType_IsTypeOfRejectingValue_IsAFieldError()
    {
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().IsTypeOf("Box", value => value is BoxRecord));

        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("{ thing { name } }"),
            RootValue = new Dictionary<string, object?> { ["thing"] = new DogRecord("Rex") },
        });

        Assert.Equal(
            "Abstract type \"Thing\" must resolve to an Object type at runtime for field \"Query.thing\". Either the \"Thing\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Execute_RequestError_HasNoDataEntry()
    {
        var result = await Execute(SchemaFromSdl.Build(Sdl), "query A { a } query B { b }");

        Assert.False(result.HasData);
        Assert.Equal("""{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}""", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task Execute_SchemaWithoutMutation_ReportsMissingRootType()
    {
        var schema = SchemaFromSdl.Build("type Query { a: String }");

        var result = await Execute(schema, "mutation { a }");

        Assert.Equal(
            """{"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}],"data":null}""",
            ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task ResolveContext_ExposesPathVariablesAndOperation()
    {
        ResolveFieldContext? seen = null;
        var schema = SchemaFromSdl.Build(Sdl, new SdlResolvers().Field("User.age", context =>
        {
            seen = (ResolveFieldContext)context;
            return ValueTask.FromResult<object?>(1);
        }));

        await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = Parser.Parse("query Q($v: Int) { users { years: age } }"),
            VariableValues = new Dictionary<string, object?> { ["v"] = 7L },
            RootValue = new Dictionary<string, object?> { ["users"] = new object?[] { new Dictionary<string, object?>() } },
            RequestContext = "user-42",
        });

        Assert.NotNull(seen);
        Assert.Equal(["users", 0, "years"], seen.Path);
        Assert.Equal(7, seen.Variables["v"]);
        Assert.Equal("Q", seen.Operation.Name!.Value);
        Assert.Equal("User", seen.ParentType.Name);
        Assert.Equal("age", seen.FieldName);
        Assert.Equal("user-42", seen.RequestContext);
        Assert.Null(seen.Services.GetService(typeof(string)));
    }

    private static Task<ExecutionResult> Execute(GraphQLSchema schema, string document) =>
        Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = Parser.Parse(document), RootValue = new Dictionary<string, object?>() });

    private sealed record RootRecord(UserRecord User, IReadOnlyList<UserRecord?> Users);

    private sealed record UserRecord(string FullName, string Id, int Age);

    private sealed record DogRecord(string Name);

    private sealed record BoxRecord(string Name);

    private sealed class CaseClash
    {
        public string id => "exact";

        public string ID => "upper";
    }
}
