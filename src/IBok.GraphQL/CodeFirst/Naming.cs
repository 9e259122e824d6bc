using System.Reflection;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// HotChocolate's naming conventions: members become camelCase fields (a <c>Get</c> prefix and an
/// <c>Async</c> suffix dropped from method names), enum members UPPER_SNAKE values, parameter classes
/// input objects named with an <c>Input</c> suffix.
/// </summary>
internal static class Naming
{
    public static string TypeName(Type type) =>
        type.GetCustomAttribute<GraphQLNameAttribute>()?.Name
        ?? (type.IsGenericType
            ? throw new NotSupportedException($"Generic type {type} needs a [GraphQLName] to be mapped to GraphQL.")
            : type.Name);

    public static string InputTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = TypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }

    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    /// <summary><c>ID</c> → <c>id</c>, <c>URLPath</c> → <c>urlPath</c>, <c>Name</c> → <c>name</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            var nextIsLower = i + 1 < chars.Length && char.IsLower(chars[i + 1]);
            if (i > 0 && nextIsLower)
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    public static string PascalCase(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    public static string? DeprecationReason(ICustomAttributeProvider member)
    {
        if (Attribute<GraphQLDeprecatedAttribute>(member) is { } deprecated)
        {
            return deprecated.Reason;
        }

        return Attribute<ObsoleteAttribute>(member) is { } obsolete
            ? obsolete.Message ?? DirectiveDefinition.DefaultDeprecationReason
            : null;
    }

    public static T? Attribute<T>(ICustomAttributeProvider member)
        where T : Attribute =>
        member.GetCustomAttributes(typeof(T), false).OfType<T>().FirstOrDefault();

    public static bool Has<T>(ICustomAttributeProvider member)
        where T : Attribute => member.IsDefined(typeof(T), false);
}
