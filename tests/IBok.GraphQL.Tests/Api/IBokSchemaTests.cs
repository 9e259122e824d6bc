using IBok.GraphQL.Api;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Server;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Tests.Api;

public sealed class IBokSchemaTests
{
    [Fact]
    public async Task Viewer_AnonymousRequest_IsNotSignedIn()
    {
        var services = new ServiceCollection().AddScoped<ViewerAccessor>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var executor = new GraphQLRequestExecutor(IBokSchema.Instance);

        var result = await executor.ExecuteAsync(
            new GraphQLRequest { Query = "{ viewer { role displayName isSignedIn } }" }, scope.ServiceProvider, null, CancellationToken.None);

        Assert.Equal(
            """{"data":{"viewer":{"role":"ANONYMOUS","displayName":"anonymous","isSignedIn":false}}}""",
            IBok.GraphQL.Execution.ExecutionResultJson.Serialize(result));
    }
}
