using Microsoft.AspNetCore.Http;

namespace IBok.Web.GraphQL;

/// <summary>
/// Builds the per-request context object resolvers receive (e.g. the signed-in user), once per GraphQL request.
/// The transport resolves it from the request's services, so an implementation may be scoped.
/// </summary>
public interface IGraphQLContextFactory
{
    /// <summary>The context for the request <paramref name="httpContext"/>, or null for none.</summary>
    ValueTask<object?> CreateContextAsync(HttpContext httpContext);
}

/// <summary>The default until sign-in exists: requests run without a context.</summary>
internal sealed class NullGraphQLContextFactory : IGraphQLContextFactory
{
    public ValueTask<object?> CreateContextAsync(HttpContext httpContext) => ValueTask.FromResult<object?>(null);
}
