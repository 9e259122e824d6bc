using System.Runtime.CompilerServices;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Tests.CodeFirst.Fixtures;
using IBok.GraphQL.Types;

#pragma warning disable CA1822 // Fixture members are instance members on purpose.

namespace IBok.GraphQL.Tests.CodeFirst;

public sealed class ResolverTests
{
    private static readonly GraphQLSchema Shop = SchemaMappingTests.ShopSchema();

    [Fact]
    public async Task Resolver_PropertyOfParent_ReturnsItsValue()
    {
        var customer = new Customer { Id = 7, Name = "Anna", Balance = 12.50m };

        Assert.Equal("Anna", await TestResolveContext.ResolveAsync(Shop, "Customer", "name", customer));
        Assert.Equal(12.50m, await TestResolveContext.ResolveAsync(Shop, "Customer", "balance", customer));
        Assert.Equal(CustomerKind.Household, await TestResolveContext.ResolveAsync(Shop, "Customer", "kind", customer));
    }

    [Fact]
    public async Task Resolver_MethodWithDefaultArgument_UsesTheGivenValueOrTheDefault()
    {
        var customer = new Customer { Name = "Anna" };

        Assert.Equal("Anna", await TestResolveContext.ResolveAsync(Shop, "Customer", "label", customer));
        Assert.Equal("ANNA", await TestResolveContext.ResolveAsync(Shop, "Customer", "label", customer, Args(("upper", true))));
    }

    [Fact]
    public async Task Resolver_ServiceParameter_ComesFromTheRequestServices()
    {
        var services = new TestServices(new CustomerStore());

        var customer = (Customer?)await TestResolveContext.ResolveAsync(Shop, "Query", "customer", arguments: Args(("id", 2)), services: services);

        Assert.Equal("Bolek Sp. z o.o.", customer?.Name);
    }

    [Fact]
    public async Task Resolver_MissingService_FailsNamingTheServiceAndField()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(
            () => TestResolveContext.ResolveAsync(Shop, "Query", "customer", arguments: Args(("id", 2))));

        Assert.Equal(
            "No service of type IBok.GraphQL.Tests.CodeFirst.Fixtures.CustomerStore is registered, but field \"Query.customer\" needs one.",
            exception.Message);
    }

    [Fact]
    public async Task Resolver_TaskOfListWithNullableEnumArgument_FiltersByTheEnumMember()
    {
        var services = new TestServices(new CustomerStore());

        var all = (IReadOnlyList<Customer>)(await TestResolveContext.ResolveAsync(Shop, "Query", "customers", services: services))!;
        var business = (IReadOnlyList<Customer>)(await TestResolveContext.ResolveAsync(
            Shop, "Query", "customers", arguments: Args(("kind", CustomerKind.Business)), services: services))!;

        Assert.Equal([1, 2], all.Select(c => c.Id));
        Assert.Equal([2], business.Select(c => c.Id));
    }

    [Fact]
    public async Task Resolver_ExtensionWithParentParameter_ReceivesTheSource()
    {
        Assert.Equal(4, await TestResolveContext.ResolveAsync(Shop, "Customer", "nameLength", new Customer { Name = "Anna" }));
    }

    [Fact]
    public async Task Resolver_InputObjectArgument_IsBuiltFromTheCoercedDictionary()
    {
        var store = new CustomerStore();
        var input = new Dictionary<string, object?>
        {
            ["name"] = "Cezary",
            ["kind"] = CustomerKind.MainWater,
            ["address"] = new Dictionary<string, object?> { ["street"] = "Wodna 1" },
            ["tags"] = new object?[] { "vip", "new" },
        };

        var customer = (Customer)(await TestResolveContext.ResolveAsync(
            Shop, "Mutation", "addCustomer", arguments: Args(("input", input)), services: new TestServices(store)))!;

        Assert.Equal((3, "Cezary", CustomerKind.MainWater), (customer.Id, customer.Name, customer.Kind));
        Assert.Equal(["vip", "new"], customer.Tags);
    }

    [Fact]
    public async Task InputConverter_AbsentFields_KeepConstructorDefaultsAndInitializers()
    {
        var field = Shop.MutationType!.FindField("addCustomer")!;
        var context = TestResolveContext.For(Shop, "Mutation", "addCustomer", arguments: Args(("input", new Dictionary<string, object?> { ["name"] = "Ewa" })));
        var store = new CustomerStore();
        var withServices = new TestResolveContext
        {
            Schema = Shop, ParentType = context.ParentType, Field = field, Arguments = context.Arguments, Services = new TestServices(store),
        };

        var customer = (Customer)(await field.Resolver!(withServices))!;

        Assert.Equal(("Ewa", CustomerKind.Household), (customer.Name, customer.Kind));
        Assert.Equal(["new"], customer.Tags);
    }

    public sealed record Filter(int[] Ids, List<string>? Names, Guid? Owner, short Limit = 5, float Ratio = 0.5f, DateTime? After = null);

    public sealed class Session
    {
        public string User { get; init; } = "";
    }

    public sealed class InstanceQuery
    {
        private int _calls;

        public int Calls() => ++_calls;

        public string Echo(Filter filter) =>
            $"{string.Join("|", filter.Ids)};{string.Join("|", filter.Names ?? [])};{filter.Owner};{filter.Limit};{filter.Ratio};{filter.After:O}";

        public string WhoAmI([RequestContext] Session session) => session.User;

        public string WhoIsIt(Session session) => session.User;

        public string Token(CancellationToken cancellationToken) => cancellationToken.CanBeCanceled ? "cancellable" : "none";

        public string FieldName(IFieldResolveContext context) => context.Field.Name;

        public string Identify([ID] int id, Guid key) => id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + key.ToString("N");

        public async IAsyncEnumerable<int> CountAsync(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (var i = 1; i <= to; i++)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                yield return i;
            }
        }

        public async Task<string> SlowAsync()
        {
            await Task.Delay(1);
            return "done";
        }
    }

    private static readonly GraphQLSchema InstanceSchema =
        CodeFirstSchema.Create().AddQueryType<InstanceQuery>().UseRequestContext<Session>().Build();

    [Fact]
    public async Task Resolver_InstanceRootClass_SharesOneInstanceUnlessServicesProvideOne()
    {
        var schema = CodeFirstSchema.Create().AddQueryType<InstanceQuery>().Build();

        Assert.Equal(1, await TestResolveContext.ResolveAsync(schema, "Query", "calls"));
        Assert.Equal(2, await TestResolveContext.ResolveAsync(schema, "Query", "calls"));
        Assert.Equal(1, await TestResolveContext.ResolveAsync(schema, "Query", "calls", services: new TestServices(new InstanceQuery())));
    }

    [Fact]
    public async Task Resolver_ListsNullablesAndNarrowNumbers_AreConverted()
    {
        var filter = new Dictionary<string, object?>
        {
            ["ids"] = new object?[] { 1, 2 },
            ["names"] = new object?[] { "a" },
            ["owner"] = "6f9619ff-8b86-d011-b42d-00cf4fc964ff",
            ["limit"] = 7,
            ["ratio"] = 0.25,
            ["after"] = new DateTimeOffset(2026, 1, 31, 14, 5, 0, TimeSpan.FromHours(1)),
        };

        var echoed = await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "echo", arguments: Args(("filter", filter)));

        Assert.Equal("1|2;a;6f9619ff-8b86-d011-b42d-00cf4fc964ff;7;0.25;2026-01-31T13:05:00.0000000Z", echoed);
    }

    [Fact]
    public void Build_InputRecordWithDefaults_PrintsTheDefaults()
    {
        Assert.Equal(
            """
            input FilterInput {
              ids: [Int!]!
              names: [String!]
              owner: ID
              limit: Int! = 5
              ratio: Float! = 0.5
              after: DateTime
            }
            """,
            SchemaPrinter.PrintType(InstanceSchema.GetType("FilterInput")!));
    }

    [Fact]
    public async Task Resolver_RequestContext_ByAttributeOrByRegisteredType()
    {
        var session = new Session { User = "anna" };

        Assert.Equal("anna", await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "whoAmI", requestContext: session));
        Assert.Equal("anna", await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "whoIsIt", requestContext: session));
        Assert.Empty(InstanceSchema.QueryType.FindField("whoIsIt")!.Arguments);
    }

    [Fact]
    public async Task Resolver_CancellationTokenAndContext_AreBound()
    {
        using var cancellation = new CancellationTokenSource();

        Assert.Equal("cancellable", await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "token", cancellationToken: cancellation.Token));
        Assert.Equal("none", await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "token"));
        Assert.Equal("fieldName", await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "fieldName"));
    }

    [Fact]
    public async Task Resolver_IdArgumentsAndGuids_AreParsedFromIdStrings()
    {
        var identified = await TestResolveContext.ResolveAsync(
            InstanceSchema, "Query", "identify", arguments: Args(("id", "42"), ("key", "6f9619ff-8b86-d011-b42d-00cf4fc964ff")));

        Assert.Equal("42/6f9619ff8b86d011b42d00cf4fc964ff", identified);
    }

    [Fact]
    public async Task Resolver_MalformedGuid_IsAValueCoercionError()
    {
        var exception = await Assert.ThrowsAsync<ValueCoercionException>(
            () => TestResolveContext.ResolveAsync(InstanceSchema, "Query", "identify", arguments: Args(("id", "42"), ("key", "nope"))));

        Assert.Equal("\"nope\" is not a valid UUID.", exception.Message);
    }

    [Fact]
    public async Task Resolver_AsyncStreamOutsideSubscriptions_IsMaterializedToAList()
    {
        var counted = await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "count", arguments: Args(("to", 3)));

        Assert.Equal([1, 2, 3], Assert.IsType<List<int>>(counted));
    }

    [Fact]
    public async Task Resolver_IncompleteTask_IsAwaited()
    {
        Assert.Equal("done", await TestResolveContext.ResolveAsync(InstanceSchema, "Query", "slow"));
    }

    public static class Events
    {
        public static async IAsyncEnumerable<Customer> OnCustomerAddedAsync(int max)
        {
            for (var i = 1; i <= max; i++)
            {
                await Task.Yield();
                yield return new Customer { Id = i, Name = "C" + i };
            }
        }
    }

    [Fact]
    public async Task Subscribe_StreamMember_OpensTheEventStreamAndResolvesEachEvent()
    {
        var schema = CodeFirstSchema.Create().AddQueryType(typeof(SchemaMappingTests.GenericlessQuery)).AddSubscriptionType(typeof(Events)).Build();
        var field = schema.SubscriptionType!.FindField("onCustomerAdded")!;
        var context = TestResolveContext.For(schema, "Subscription", "onCustomerAdded", arguments: Args(("max", 2)));

        var events = new List<object?>();
        await foreach (var item in await field.Subscribe!(context))
        {
            var eventContext = TestResolveContext.For(schema, "Subscription", "onCustomerAdded", source: item);
            events.Add(await field.Resolver!(eventContext));
        }

        Assert.Equal("onCustomerAdded(max: Int!): Customer!", field.Name + "(max: Int!): " + field.Type);
        Assert.Equal(["C1", "C2"], events.Cast<Customer>().Select(c => c.Name));
    }

    [Fact]
    public void Resolver_IsCompiledFromAnExpressionTree()
    {
        var resolver = Shop.GetTypeField("Customer", "name").Resolver!;

        // Expression.Compile produces a DynamicMethod (no declaring type) bound to a closure.
        Assert.Null(resolver.Method.DeclaringType);
        Assert.Equal("System.Runtime.CompilerServices.Closure", resolver.Target!.GetType().FullName);
    }

    [Fact]
    public void Resolver_CalledTenThousandTimes_AllocatesNothingForReferenceResults()
    {
        var context = TestResolveContext.For(Shop, "Customer", "name", source: new Customer { Name = "Anna" });
        var resolver = context.Field.Resolver!;
        for (var i = 0; i < 100; i++)
        {
            _ = resolver(context);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            _ = Completed(resolver(context));
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1_000, $"10,000 calls allocated {allocated} bytes.");
    }

    [Fact]
    public void Resolver_CalledTenThousandTimesWithArguments_AllocatesOnlyTheBoxedResults()
    {
        var context = TestResolveContext.For(Shop, "Customer", "label", source: new Customer { Name = "Anna" }, arguments: Args(("upper", false)));
        var lengthContext = TestResolveContext.For(Shop, "Customer", "id", source: new Customer { Id = 5, Name = "Anna" });
        for (var i = 0; i < 100; i++)
        {
            _ = context.Field.Resolver!(context);
            _ = lengthContext.Field.Resolver!(lengthContext);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            _ = Completed(context.Field.Resolver!(context));
        }

        var labelBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            _ = Completed(lengthContext.Field.Resolver!(lengthContext));
        }

        var boxedBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(labelBytes < 1_000, $"10,000 calls allocated {labelBytes} bytes.");
        Assert.True(boxedBytes <= (10_000 * 24) + 1_000, $"10,000 boxed ints allocated {boxedBytes} bytes.");
    }

    private static object? Completed(ValueTask<object?> task) =>
        task.IsCompletedSuccessfully ? task.Result : throw new InvalidOperationException("The resolver did not complete synchronously.");

    internal static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value);
}

internal static class SchemaTestExtensions
{
    public static FieldDefinition GetTypeField(this GraphQLSchema schema, string typeName, string fieldName) =>
        ((ComplexOutputType)schema.GetType(typeName)!).FindField(fieldName)!;
}

public sealed class MoreBindingTests
{
    public sealed record TreeFilter(string Name, TreeFilter? Child = null);

    public static class TreeQuery
    {
        public static string Path(TreeFilter filter) => filter.Child is null ? filter.Name : filter.Name + "/" + Path(filter.Child);

        public static IComparable? Comparable() => null;
    }

    public static class StreamSubscriptions
    {
        public static Task<IAsyncEnumerable<string>> OnTick(int count) => Task.FromResult(Ticks(count));

        private static async IAsyncEnumerable<string> Ticks(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await Task.Yield();
                yield return "tick" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    public static class SimpleQuery
    {
        public static string Path(TreeFilter filter) => TreeQuery.Path(filter);
    }

    [Fact]
    public async Task Resolver_RecursiveInputObject_IsConvertedAtEveryLevel()
    {
        var schema = CodeFirstSchema.Create().AddQueryType(typeof(SimpleQuery)).Build();
        var filter = new Dictionary<string, object?>
        {
            ["name"] = "a",
            ["child"] = new Dictionary<string, object?> { ["name"] = "b", ["child"] = new Dictionary<string, object?> { ["name"] = "c" } },
        };

        Assert.Equal("a/b/c", await TestResolveContext.ResolveAsync(schema, "Query", "path", arguments: ResolverTests.Args(("filter", filter))));
        Assert.Equal(
            """
            input TreeFilterInput {
              name: String!
              child: TreeFilterInput
            }
            """,
            SchemaPrinter.PrintType(schema.GetType("TreeFilterInput")!));
    }

    [Fact]
    public void Build_FrameworkInterfaceAsFieldType_IsRejected()
    {
        var exception = Assert.Throws<NotSupportedException>(() => CodeFirstSchema.Create().AddQueryType(typeof(TreeQuery)).Build());

        Assert.Equal("System.IComparable cannot be mapped to a GraphQL output type.", exception.Message);
    }

    [Fact]
    public async Task Subscribe_TaskOfStream_OpensTheStream()
    {
        var schema = CodeFirstSchema.Create().AddQueryType(typeof(SimpleQuery)).AddSubscriptionType(typeof(StreamSubscriptions)).Build();
        var context = TestResolveContext.For(schema, "Subscription", "onTick", arguments: ResolverTests.Args(("count", 2)));

        var events = new List<object?>();
        await foreach (var item in await context.Field.Subscribe!(context))
        {
            events.Add(item);
        }

        Assert.Equal(["tick0", "tick1"], events);
        Assert.Equal("String!", context.Field.Type.ToString());
    }
}
