using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Model.Customers;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Customer and premises rows ↔ IBok.Domain's <see cref="Customer"/> and <see cref="Premises"/>.</summary>
/// <remarks>
/// Rows were written from valid domain values, so reading them back goes through the domain's parsers and
/// constructors again: a row edited by hand into an invalid state fails loudly (FormatException or
/// ArgumentException naming the value) instead of leaking into billing.
/// </remarks>
public static class CustomerMapping
{
    /// <summary>
    /// Rebuilds a customer from its row and its consent history (the customer's <see cref="ConsentChangeRow"/>s;
    /// e-invoice rows among them are ignored here, they belong to contracts).
    /// </summary>
    public static Customer ToDomain(CustomerRow row, IEnumerable<ConsentChangeRow> consentChanges)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(consentChanges);
        var number = CustomerNumber.Parse(row.Number);
        var address = AddressOf(row.Street, row.BuildingNumber, row.ApartmentNumber, row.PostalCode, row.City);
        var contact = ContactDetails.From(row.Email, row.Phone);
        var nip = row.Nip is null ? null : Nip.Parse(row.Nip);
        var customer = row.Kind == CustomerKind.Business
            ? Customer.Business(number, row.Name, nip ?? throw new FormatException($"Business customer {row.Number} has no NIP in its row."), address, contact, row.PreferredLanguage)
            : Customer.Household(number, row.Name, address, contact, row.PreferredLanguage, nip);
        return customer.WithConsents(ConsentMapping.ToConsentSet(consentChanges));
    }

    /// <summary>Copies a customer's own fields onto a row (a new one when <paramref name="row"/> is null); consents
    /// are rows of their own (<see cref="ConsentMapping"/>).</summary>
    public static CustomerRow ToRow(Customer customer, CustomerRow? row = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        row ??= new CustomerRow();
        row.Number = customer.Number.Value;
        row.Kind = customer.Kind;
        row.Name = customer.Name;
        row.SearchName = CustomerSearch.Fold(customer.Name);
        row.Nip = customer.Nip?.Value;
        row.Street = customer.CorrespondenceAddress.Street;
        row.BuildingNumber = customer.CorrespondenceAddress.BuildingNumber;
        row.ApartmentNumber = customer.CorrespondenceAddress.ApartmentNumber;
        row.PostalCode = customer.CorrespondenceAddress.PostalCode;
        row.City = customer.CorrespondenceAddress.City;
        row.Email = customer.Contact.Email?.Value;
        row.Phone = customer.Contact.Phone?.Value;
        row.PreferredLanguage = customer.Language;
        return row;
    }

    /// <summary>Rebuilds a premises; the customer number comes from its customer's row.</summary>
    public static Premises ToDomain(PremisesRow row, string customerNumber)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Premises(
            PremisesCode.Parse(row.Code),
            AddressOf(row.Street, row.BuildingNumber, row.ApartmentNumber, row.PostalCode, row.City),
            CustomerNumber.Parse(customerNumber));
    }

    /// <summary>Copies a premises onto a row of the given customer (a new one when <paramref name="row"/> is null).</summary>
    public static PremisesRow ToRow(Premises premises, long customerId, PremisesRow? row = null)
    {
        ArgumentNullException.ThrowIfNull(premises);
        row ??= new PremisesRow();
        row.CustomerId = customerId;
        row.Code = premises.Code.Value;
        row.Street = premises.Address.Street;
        row.BuildingNumber = premises.Address.BuildingNumber;
        row.ApartmentNumber = premises.Address.ApartmentNumber;
        row.PostalCode = premises.Address.PostalCode;
        row.City = premises.Address.City;
        return row;
    }

    /// <summary>The postal address of a row's address columns.</summary>
    public static PostalAddress AddressOf(string street, string buildingNumber, string? apartmentNumber, string postalCode, string city) =>
        new(street, buildingNumber, apartmentNumber, postalCode, city);
}
