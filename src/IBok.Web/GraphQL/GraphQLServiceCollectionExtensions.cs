using IBok.GraphQL.Server;
using IBok.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IBok.Web.GraphQL;

/// <summary>Registers the GraphQL-over-HTTP transport.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the transport: <see cref="GraphQLTransportOptions"/> bound from the <c>GraphQL</c> section (then
    /// <paramref name="configure"/>), validated at start; one <see cref="GraphQLRequestExecutor"/> for the
    /// registered <see cref="GraphQLSchema"/> (the last registration wins: Program.cs registers iBOK's, tests their
    /// own); and a <see cref="IGraphQLContextFactory"/> that gives no context unless one is registered.
    /// </summary>
    public static IServiceCollection AddIBokGraphQLTransport(this IServiceCollection services, Action<GraphQLTransportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphQLTransportOptions>().BindConfiguration(GraphQLTransportOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLTransportOptions>, GraphQLTransportOptionsValidator>());
        services.TryAddSingleton(provider => new GraphQLRequestExecutor(
            provider.GetRequiredService<GraphQLSchema>(),
            provider.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.ToExecutorOptions()));
        services.TryAddSingleton<IGraphQLContextFactory, NullGraphQLContextFactory>();
        return services;
    }

    private sealed class GraphQLTransportOptionsValidator : IValidateOptions<GraphQLTransportOptions>
    {
        public ValidateOptionsResult Validate(string? name, GraphQLTransportOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
