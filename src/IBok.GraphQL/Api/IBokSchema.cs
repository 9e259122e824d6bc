using System.Reflection;
using IBok.GraphQL.Api.Authorization;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Api;

/// <summary>
/// Builds iBOK's public GraphQL schema from the code-first classes of this namespace: every class marked
/// <see cref="QueryTypeAttribute"/>, <see cref="MutationTypeAttribute"/>, <see cref="SubscriptionTypeAttribute"/>
/// or <see cref="ExtendObjectTypeAttribute"/> under <c>IBok.GraphQL.Api</c> joins the schema, so a feature adds
/// its own file and nothing else. Fields of members marked <see cref="RequiresRoleAttribute"/> are checked by
/// <see cref="RoleAuthorization"/>.
/// </summary>
public static class IBokSchema
{
    private static readonly Lazy<GraphQLSchema> Built = new(() => Configure(CodeFirstSchema.Create()).Build());

    /// <summary>The schema (built once per process).</summary>
    public static GraphQLSchema Instance => Built.Value;

    /// <summary>Adds every iBOK root and extension class to a code-first builder.</summary>
    public static CodeFirstSchema Configure(CodeFirstSchema builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WrapMemberResolvers(RoleAuthorization.Wrap, RoleAuthorization.WrapSubscribe);
        builder.Description("iBOK — Internetowe Biuro Obsługi Klienta: the customer service office of a water, sewage and district-heat utility.");
        foreach (var type in ApiTypes())
        {
            if (type.IsDefined(typeof(QueryTypeAttribute)))
            {
                builder.AddQueryType(type);
            }

            if (type.IsDefined(typeof(MutationTypeAttribute)))
            {
                builder.AddMutationType(type);
            }

            if (type.IsDefined(typeof(SubscriptionTypeAttribute)))
            {
                builder.AddSubscriptionType(type);
            }

            if (type.IsDefined(typeof(ExtendObjectTypeAttribute)))
            {
                builder.AddTypeExtension(type);
            }
        }

        return builder;
    }

    private static IEnumerable<Type> ApiTypes() =>
        typeof(IBokSchema).Assembly.GetTypes()
            .Where(type => type.Namespace is { } ns && (ns == "IBok.GraphQL.Api" || ns.StartsWith("IBok.GraphQL.Api.", StringComparison.Ordinal)))
            .Where(type => type.IsClass && !type.IsNested)
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
}
