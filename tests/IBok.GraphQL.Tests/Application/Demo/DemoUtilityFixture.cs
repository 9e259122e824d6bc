using IBok.GraphQL.Application.Demo;

namespace IBok.GraphQL.Tests.Application.Demo;

/// <summary>The default demo utility (200 customers, the default seed) generated once for every test of the collection.</summary>
public sealed class DemoUtilityFixture
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    public DemoUtilityFixture()
    {
        Utility = DemoUtilityGenerator.Generate(new DemoOptions { Today = Today });
        Customers = [.. Utility.Customers];
    }

    public DemoUtility Utility { get; }

    public IReadOnlyList<DemoCustomer> Customers { get; }
}

[CollectionDefinition(Name)]
public sealed class DemoUtilityCollection : ICollectionFixture<DemoUtilityFixture>
{
    public const string Name = "Demo utility";
}
