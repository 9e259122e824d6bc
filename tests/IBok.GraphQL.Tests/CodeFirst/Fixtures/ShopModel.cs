using IBok.GraphQL.CodeFirst;

#pragma warning disable CA1822 // Fixture members are instance members on purpose.

namespace IBok.GraphQL.Tests.CodeFirst.Fixtures;

public enum CustomerKind
{
    Household,
    Business,
    [GraphQLDescription("A water main customer.")]
    MainWater,
    [GraphQLIgnore]
    Internal,
    [GraphQLDeprecated("Merged into BUSINESS.")]
    Institution,
}

[GraphQLDescription("A customer of the utility.")]
public sealed class Customer
{
    public int Id { get; init; }

    public required string Name { get; init; }

    public string? Email { get; init; }

    public CustomerKind Kind { get; init; }

    public IReadOnlyList<string?> Tags { get; init; } = [];

    public decimal Balance { get; init; }

    public DateOnly Since { get; init; }

    public long? MeterCount { get; init; }

    [GraphQLIgnore]
    public string Secret { get; init; } = "";

    [GraphQLDeprecated("Use name.")]
    public string FullName => Name;

    [GraphQLName("label")]
    [GraphQLDescription("The name, optionally shouted.")]
    public string GetDisplayName(bool upper = false) => upper ? Name.ToUpperInvariant() : Name;
}

public sealed record AddressInput(string Street, string? City = null);

public sealed record NewCustomer(string Name, CustomerKind Kind = CustomerKind.Household, AddressInput? Address = null)
{
    public IReadOnlyList<string> Tags { get; init; } = ["new"];
}

public sealed class CustomerStore
{
    public List<Customer> Customers { get; } =
    [
        new() { Id = 1, Name = "Anna", Kind = CustomerKind.Household, Balance = 12.50m, Since = new DateOnly(2020, 1, 31), Tags = ["a", null] },
        new() { Id = 2, Name = "Bolek Sp. z o.o.", Email = "biuro@bolek.pl", Kind = CustomerKind.Business, Balance = -3.10m, Since = new DateOnly(2021, 6, 1) },
    ];
}

[QueryType]
public static class ShopQueries
{
    public static Customer? GetCustomer(int id, [Service] CustomerStore store) => store.Customers.Find(c => c.Id == id);

    public static Task<IReadOnlyList<Customer>> GetCustomersAsync([Service] CustomerStore store, CustomerKind? kind = null) =>
        Task.FromResult<IReadOnlyList<Customer>>(store.Customers.Where(c => kind is null || c.Kind == kind).ToList());

    [Obsolete]
    public static string Version => "1.0";
}

[MutationType]
public sealed class ShopMutations
{
    public Customer AddCustomer(NewCustomer input, [Service] CustomerStore store)
    {
        var customer = new Customer { Id = store.Customers.Count + 1, Name = input.Name, Kind = input.Kind, Tags = [.. input.Tags] };
        store.Customers.Add(customer);
        return customer;
    }
}

[ExtendObjectType(typeof(Customer))]
public sealed class CustomerExtensions
{
    public ValueTask<int> GetNameLengthAsync([Parent] Customer customer) => ValueTask.FromResult(customer.Name.Length);
}
