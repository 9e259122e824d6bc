using System.Reflection;

namespace IBok.GraphQL.Tests;

public sealed class EngineIndependenceTests
{
    private static readonly string[] ForbiddenNamespacePrefixes = ["IBok.Domain", "Microsoft.EntityFrameworkCore"];

    // The iBOK part of the assembly (DESIGN.md: "+ the iBOK schema, persistence (EF Core) and application services").
    private static readonly string[] IBokNamespacePrefixes = ["IBok.GraphQL.Api", "IBok.GraphQL.Persistence", "IBok.GraphQL.Application"];

    [Fact]
    public void EngineNamespaces_ReferenceNeitherTheDomainNorEfCore()
    {
        var assembly = Assembly.Load("IBok.GraphQL");

        var engineTypes = assembly.GetTypes()
            .Where(t => t.Namespace is not null && t.Namespace.StartsWith("IBok.GraphQL", StringComparison.Ordinal)
                && !IBokNamespacePrefixes.Any(prefix => t.Namespace.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.NotEmpty(engineTypes);

        var offenders = new List<string>();
        foreach (var type in engineTypes)
        {
            foreach (var used in UsedTypes(type))
            {
                if (used.Namespace is { } ns && ForbiddenNamespacePrefixes.Any(p => ns.StartsWith(p, StringComparison.Ordinal)))
                {
                    offenders.Add($"{type.FullName} uses {used.FullName}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var i in type.GetInterfaces()) yield return i;
        foreach (var f in type.GetFields(all)) yield return f.FieldType;
        foreach (var p in type.GetProperties(all)) yield return p.PropertyType;
        foreach (var m in type.GetMethods(all))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters()) yield return p.ParameterType;
            if (m.GetMethodBody() is { } body)
            {
                foreach (var local in body.LocalVariables) yield return local.LocalType;
            }
        }
    }
}
