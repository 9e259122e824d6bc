using System.Text.Json;
using System.Text.Json.Serialization;
using IBok.GraphQL.CodeFirst;

// The benchmark's schema (bench/GraphQLFixture/schema.graphql) as a .NET server declares it: typed C# classes
// mapped by the code-first schema (src/IBok.GraphQL/CodeFirst), the fixture's data.json deserialized into them.
// Same fields, arguments, defaults and resolver logic as the dictionary variant and bench/graphql-js/run.cjs.
namespace IBok.Benchmarks.TypedModel;

/// <summary>The <c>Query</c> type: a customer by id, or any node.</summary>
[QueryType]
public sealed class AccountQuery
{
    private static IReadOnlyDictionary<string, Customer> customersById = new Dictionary<string, Customer>();

    /// <summary>The customer with this id, or null.</summary>
    public Customer? GetCustomer([ID] string id) => customersById.GetValueOrDefault(id);

    /// <summary>A customer by id (the only node kind the benchmark looks up).</summary>
    public INode? GetNode([ID] string id) => customersById.GetValueOrDefault(id);

    internal static void Use(IEnumerable<Customer> customers) =>
        customersById = customers.ToDictionary(customer => customer.Id, StringComparer.Ordinal);
}

/// <summary>The fixture's data.json.</summary>
public sealed class AccountData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public required IReadOnlyList<Customer> Customers { get; init; }

    public static AccountData Parse(string json) =>
        JsonSerializer.Deserialize<AccountData>(json, Options) ?? throw new InvalidDataException("data.json is empty.");
}

[GraphQLName("Node")]
public interface INode
{
    [ID]
    string Id { get; }
}

[GraphQLName("Contact")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "__typename")]
[JsonDerivedType(typeof(EmailContact), nameof(EmailContact))]
[JsonDerivedType(typeof(PhoneContact), nameof(PhoneContact))]
public interface IContact
{
    string Value { get; }

    bool Preferred { get; }
}

public enum CustomerKind
{
    Household,
    Business,
    HousingCooperative,
}

public enum Medium
{
    ColdWater,
    HotWater,
    Heat,
    Sewage,
}

public enum ReadingMethod
{
    Remote,
    Customer,
    Inspector,
    Estimate,
}

public enum InvoiceStatus
{
    Issued,
    Paid,
    Overdue,
    Corrected,
}

public sealed class EmailContact : IContact
{
    public required string Value { get; init; }

    public required bool Preferred { get; init; }

    public required bool Verified { get; init; }
}

public sealed class PhoneContact : IContact
{
    public required string Value { get; init; }

    public required bool Preferred { get; init; }

    public required bool SmsConsent { get; init; }
}

public sealed class Address
{
    public required string Street { get; init; }

    public required string Building { get; init; }

    public string? Apartment { get; init; }

    public required string PostalCode { get; init; }

    public required string City { get; init; }
}

public sealed class Customer : INode
{
    [ID]
    public required string Id { get; init; }

    public required string Number { get; init; }

    public required string Name { get; init; }

    public required CustomerKind Kind { get; init; }

    public string? TaxId { get; init; }

    public required Address Address { get; init; }

    public required IReadOnlyList<IContact> Contacts { get; init; }

    public required double Balance { get; init; }

    [GraphQLIgnore]
    [JsonPropertyName("premises")]
    public required IReadOnlyList<Premise> AllPremises { get; init; }

    [GraphQLIgnore]
    [JsonPropertyName("invoices")]
    public required IReadOnlyList<Invoice> AllInvoices { get; init; }

    public IReadOnlyList<Premise> GetPremises(bool? activeOnly = false) =>
        activeOnly is true ? AllPremises.Where(premise => premise.Active).ToArray() : AllPremises;

    public IReadOnlyList<Invoice> GetInvoices(int? last = 12) => Last.Of(AllInvoices, last);
}

public sealed class Premise : INode
{
    [ID]
    public required string Id { get; init; }

    public required Address Address { get; init; }

    public required string TariffGroup { get; init; }

    public required bool Active { get; init; }

    public required IReadOnlyList<Meter> Meters { get; init; }
}

public sealed class Meter : INode
{
    [ID]
    public required string Id { get; init; }

    public required string SerialNumber { get; init; }

    public required Medium Medium { get; init; }

    public required string InstalledOn { get; init; }

    public required bool Main { get; init; }

    [GraphQLIgnore]
    [JsonPropertyName("readings")]
    public required IReadOnlyList<Reading> AllReadings { get; init; }

    public IReadOnlyList<Reading> GetReadings(int? last = 12) => Last.Of(AllReadings, last);
}

public sealed class Reading
{
    public required string Date { get; init; }

    public required double Value { get; init; }

    public required ReadingMethod Method { get; init; }

    public required bool Estimated { get; init; }
}

public sealed class Money
{
    public required double Amount { get; init; }

    public required string Currency { get; init; }
}

public sealed class Invoice : INode
{
    [ID]
    public required string Id { get; init; }

    public required string Number { get; init; }

    public required string IssuedOn { get; init; }

    public required string DueOn { get; init; }

    public required InvoiceStatus Status { get; init; }

    public required Money Net { get; init; }

    public required Money Gross { get; init; }

    public required IReadOnlyList<InvoiceLine> Lines { get; init; }
}

public sealed class InvoiceLine
{
    public required string Description { get; init; }

    public required double Quantity { get; init; }

    public required string Unit { get; init; }

    public required double UnitPrice { get; init; }

    public required int VatRate { get; init; }

    public required double Net { get; init; }

    public required double Gross { get; init; }
}

internal static class Last
{
    /// <summary>The last <paramref name="count"/> items (all when there are fewer), as run.cjs's takeLast.</summary>
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> items, int? count) =>
        count is int last && last < items.Count ? items.Skip(items.Count - last).ToArray() : items;
}
