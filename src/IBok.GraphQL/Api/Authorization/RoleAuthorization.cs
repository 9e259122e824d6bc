using System.Reflection;
using IBok.GraphQL.Execution;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Api.Authorization;

/// <summary>
/// Enforces <see cref="RequiresRoleAttribute"/>: wraps, once at schema build, the resolver of each field whose member
/// (or class) carries it, so no resolver has to remember the check. The viewer comes from the request's
/// <see cref="ViewerAccessor"/> (anonymous when there is none).
/// </summary>
public static class RoleAuthorization
{
    /// <summary>The error code for a caller who is not signed in.</summary>
    public const string NotAuthenticatedCode = "NOT_AUTHENTICATED";

    /// <summary>The error code for a signed-in caller whose role may not use the field.</summary>
    public const string ForbiddenCode = "FORBIDDEN";

    /// <summary>The roles <paramref name="member"/> requires: its own attribute, else its class's; null when it requires none.</summary>
    public static IReadOnlyList<ViewerRole>? RequiredRoles(MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return (member.GetCustomAttribute<RequiresRoleAttribute>() ?? member.DeclaringType?.GetCustomAttribute<RequiresRoleAttribute>())?.Roles;
    }

    /// <summary>Wraps a field resolver with the role check when the member requires roles; otherwise returns it unchanged.</summary>
    public static FieldResolver Wrap(MemberInfo member, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (RequiredRoles(member) is not { } roles)
        {
            return resolver;
        }

        return context => Refusal(context, roles) is { } refusal ? ValueTask.FromException<object?>(refusal) : resolver(context);
    }

    /// <summary>Wraps a subscription field's stream with the role check, so a refused caller never subscribes.</summary>
    public static SubscriptionStreamResolver WrapSubscribe(MemberInfo member, SubscriptionStreamResolver subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        if (RequiredRoles(member) is not { } roles)
        {
            return subscribe;
        }

        return context => Refusal(context, roles) is { } refusal ? ValueTask.FromException<IAsyncEnumerable<object?>>(refusal) : subscribe(context);
    }

    /// <summary>The viewer of a request: the one its <see cref="ViewerAccessor"/> holds, else anonymous.</summary>
    public static Viewer ViewerOf(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return (services.GetService(typeof(ViewerAccessor)) as ViewerAccessor)?.Viewer ?? Viewer.Anonymous;
    }

    private static GraphQLException? Refusal(IFieldResolveContext context, IReadOnlyList<ViewerRole> roles)
    {
        var viewer = ViewerOf(context.Services);
        if (roles.Contains(viewer.Role))
        {
            return null;
        }

        var field = $"{context.ParentType.Name}.{context.Field.Name}";
        return viewer.Role == ViewerRole.Anonymous
            ? new GraphQLException($"Sign in to use \"{field}\".", NotAuthenticatedCode)
            : new GraphQLException($"The role {viewer.Role} may not use \"{field}\".", ForbiddenCode);
    }
}
