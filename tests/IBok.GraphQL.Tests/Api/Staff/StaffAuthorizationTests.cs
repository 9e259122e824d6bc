using System.Reflection;
using System.Text;
using IBok.GraphQL.Api;
using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.Api.Staff;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Server;
using IBok.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Api.Staff;

public sealed class StaffAuthorizationTests
{
    private static readonly Viewer Customer = Viewer.ForCustomer(1, 1, "Jan Klient");

    /// <summary>Every Query and Mutation field defined by a class under Api/Staff (its sub-folders included).</summary>
    public static TheoryData<string, string> StaffFields()
    {
        var data = new TheoryData<string, string>();
        var staffNamespace = typeof(StaffMutations).Namespace!;
        var classes = typeof(StaffMutations).Assembly.GetTypes()
            .Where(type => type.Namespace is { } ns && (ns == staffNamespace || ns.StartsWith(staffNamespace + ".", StringComparison.Ordinal)) && type.IsClass && !type.IsNested);
        foreach (var type in classes.OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            var root = type.IsDefined(typeof(MutationTypeAttribute)) ? "Mutation" : type.IsDefined(typeof(QueryTypeAttribute)) ? "Query" : null;
            if (root is null)
            {
                continue;
            }

            foreach (var member in ClrTypeMapper.FieldMembers(type, BindingFlags.Instance | BindingFlags.Static))
            {
                data.Add(root, Naming.FieldName(member));
            }
        }

        return data;
    }

    [Fact]
    public void StaffFields_CoverEveryStaffRootField()
    {
        Assert.Equal(
            ["Mutation.addPriceList", "Mutation.changeCaseStatus", "Mutation.importReadings", "Mutation.importReadingsCsv", "Mutation.publishOutage",
             "Mutation.registerPayment", "Mutation.replyToCase", "Mutation.reviewReading", "Mutation.runBilling", "Query.auditLog", "Query.caseQueue",
             "Query.flaggedReadings", "Query.priceLists", "Query.vatRates"],
            StaffFields().Select(row => $"{row[0]}.{row[1]}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StaffFields))]
    public async Task StaffField_Customer_IsForbiddenWithoutData(string root, string field)
    {
        var (code, fieldData) = await ExecuteAsync(Customer, root, field);

        Assert.Equal("FORBIDDEN", code);
        Assert.Null(fieldData);
    }

    [Theory]
    [MemberData(nameof(StaffFields))]
    public async Task StaffField_Anonymous_IsNotAuthenticatedWithoutData(string root, string field)
    {
        var (code, fieldData) = await ExecuteAsync(Viewer.Anonymous, root, field);

        Assert.Equal("NOT_AUTHENTICATED", code);
        Assert.Null(fieldData);
    }

    [Fact]
    public async Task AuditLog_Operator_IsForbidden()
    {
        var (code, _) = await ExecuteAsync(StaffApiHost.Operator, "Query", "auditLog");

        Assert.Equal("FORBIDDEN", code);
    }

    [Fact]
    public async Task PublishOutage_Integration_IsForbiddenButRegisterPaymentIsNot()
    {
        var integration = Viewer.ForStaff(ViewerRole.Integration, 77, "billing system");

        Assert.Equal("FORBIDDEN", (await ExecuteAsync(integration, "Mutation", "publishOutage")).Code);
        Assert.Contains(ViewerRole.Integration, RoleAuthorization.RequiredRoles(typeof(StaffMutations).GetMethod(nameof(StaffMutations.RegisterPayment))!)!);
    }

    [Fact]
    public async Task RefusedMutation_Message_NamesTheFieldAndRole()
    {
        var services = new ServiceCollection().AddScoped<ViewerAccessor>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Customer;

        var result = await new GraphQLRequestExecutor(IBokSchema.Instance).ExecuteAsync(
            new GraphQLRequest { Query = """mutation { replyToCase(caseId: "Q2FzZTox", text: "x") { errors { code } } }""" }, scope.ServiceProvider, null, CancellationToken.None);

        Assert.Equal(
            """{"errors":[{"message":"The role Customer may not use \"Mutation.replyToCase\".","locations":[{"line":1,"column":12}],"path":["replyToCase"],"extensions":{"code":"FORBIDDEN"}}],"data":null}""",
            ExecutionResultJson.Serialize(result));
    }

    private static async Task<(string? Code, object? FieldData)> ExecuteAsync(Viewer viewer, string root, string fieldName)
    {
        var schema = IBokSchema.Instance;
        var rootType = root == "Mutation" ? schema.MutationType! : schema.QueryType;
        var field = rootType.FindField(fieldName)!;
        var query = new StringBuilder(root == "Mutation" ? "mutation { " : "{ ").Append(fieldName);
        var required = field.Arguments.Where(argument => argument.Type is NonNullType && !argument.HasDefaultValue).ToList();
        if (required.Count > 0)
        {
            query.Append('(').Append(string.Join(", ", required.Select(argument => $"{argument.Name}: {Literal(argument.Type)}"))).Append(')');
        }

        query.Append(" { __typename } }");
        var services = new ServiceCollection().AddScoped<ViewerAccessor>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = viewer;
        var result = await new GraphQLRequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query.ToString() }, scope.ServiceProvider, null, CancellationToken.None);
        Assert.Single(result.Errors);
        return (result.Errors[0].Code, result.Data?.GetValueOrDefault(fieldName));
    }

    private static string Literal(GraphQLType type) => type switch
    {
        NonNullType nonNull => Literal(nonNull.OfType),
        ListType => "[]",
        EnumType enumType => enumType.Values[0].Name,
        ScalarType { Name: "String" or "ID" } => "\"x\"",
        ScalarType { Name: "Date" } => "\"2026-01-01\"",
        ScalarType { Name: "DateTime" } => "\"2026-01-01T00:00:00Z\"",
        ScalarType { Name: "Boolean" } => "true",
        ScalarType => "1",
        _ => throw new NotSupportedException(type.ToString()),
    };
}
