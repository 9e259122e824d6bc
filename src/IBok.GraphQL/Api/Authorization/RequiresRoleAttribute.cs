using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api.Authorization;

/// <summary>
/// Only viewers in one of <see cref="Roles"/> may use the GraphQL fields of the marked member, or of every member of
/// the marked root or extension class. Enforced in one place, <see cref="RoleAuthorization"/>, which
/// <see cref="IBokSchema"/> wraps around each such field's resolver: an anonymous caller gets a top-level error with
/// code <c>NOT_AUTHENTICATED</c>, a signed-in caller of another role one with code <c>FORBIDDEN</c>; the resolver never
/// runs. An attribute on a method replaces the class's.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Property, Inherited = false)]
public sealed class RequiresRoleAttribute : Attribute
{
    /// <summary>Allows the given roles (at least one).</summary>
    public RequiresRoleAttribute(params ViewerRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Length == 0)
        {
            throw new ArgumentException("Name at least one role.", nameof(roles));
        }

        Roles = roles;
    }

    /// <summary>The roles allowed.</summary>
    public IReadOnlyList<ViewerRole> Roles { get; }
}
