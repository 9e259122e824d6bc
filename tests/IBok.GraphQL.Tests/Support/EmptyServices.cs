namespace IBok.GraphQL.Tests;

/// <summary>A service provider with no services, for resolver contexts in tests.</summary>
internal sealed class EmptyServices : IServiceProvider
{
    public static EmptyServices Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
