using IBok.Domain.Customers;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Api.Invoices;
using IBok.GraphQL.Api.Metering;
using IBok.GraphQL.Api.Notices;
using IBok.GraphQL.Api.Settlements;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Paging;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Customers;

/// <summary>A customer (odbiorca) of the utility: a household or a business.</summary>
[Node]
public sealed class Customer
{
    private readonly CustomerRow _row;

    private Customer(CustomerRow row) => _row = row;

    /// <summary>The customer's global id.</summary>
    public long Id => _row.Id;

    /// <summary>The customer number (numer klienta) printed on invoices.</summary>
    public string Number => _row.Number;

    /// <summary>Household or business.</summary>
    public CustomerKind Kind => _row.Kind;

    /// <summary>The name: a person's full name or a company's name.</summary>
    public string Name => _row.Name;

    /// <summary>The tax number (NIP) of a business.</summary>
    public string? Nip => _row.Nip;

    /// <summary>The correspondence address.</summary>
    public Address Address => new(_row.Street, _row.BuildingNumber, _row.ApartmentNumber, _row.PostalCode, _row.City);

    /// <summary>The e-mail address for notices and e-invoices.</summary>
    public string? Email => _row.Email;

    /// <summary>The phone number for SMS notices.</summary>
    public string? Phone => _row.Phone;

    /// <summary>The language of messages.</summary>
    public PreferredLanguage PreferredLanguage => _row.PreferredLanguage;

    /// <summary>The customer's own bank account number for payments (rachunek indywidualny), if the utility gives one.</summary>
    public string? IndividualAccountNumber => _row.IndividualAccountNumber;

    /// <summary>The customer's premises (punkty poboru), by code.</summary>
    public async Task<IReadOnlyList<Premises>> Premises(PremisesByCustomerLoader premises, CancellationToken cancellationToken) =>
        (await premises.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Derived(Customers.Premises.AllOfCustomer);

    /// <summary>The customer's contracts (umowy), newest first.</summary>
    public async Task<IReadOnlyList<Contract>> Contracts(ContractsByCustomerLoader contracts, CancellationToken cancellationToken) =>
        [.. (await contracts.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Select(listing => new Contract(listing))];

    /// <summary>The meters at all of the customer's premises, by serial number.</summary>
    /// <param name="serialNumber">Only the meter with this serial number (numer fabryczny), ignoring case and surrounding spaces.</param>
    public async Task<IReadOnlyList<Meter>> Meters(string? serialNumber, MetersByCustomerLoader meters, CancellationToken cancellationToken)
    {
        var rows = await meters.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(serialNumber) ? rows.Derived(Meter.AllOfCustomer) : Meter.Matching(rows, serialNumber);
    }

    /// <summary>The customer's invoices and correction invoices, newest issue date first unless ordered otherwise.</summary>
    /// <param name="where">Which invoices: paid or unpaid, issue dates, gross amounts (all inclusive).</param>
    /// <param name="order">The order; issue date, newest first, when not given.</param>
    [UsePaging(MaxPageSize = 100, DefaultPageSize = 20, IncludeTotalCount = true, ConnectionName = "Invoice")]
    public Task<IEnumerable<Invoice>> Invoices(
        InvoiceFilter? where,
        InvoiceOrder? order,
        InvoicesByCustomerLoader invoices,
        [Service] CustomerSettlements settlements,
        CancellationToken cancellationToken) =>
        Invoice.ListAsync(_row.Id, where, order, invoices, settlements, cancellationToken);

    /// <summary>What the customer owes or has overpaid today, and the next payment due.</summary>
    public async Task<Balance> Balance([Service] CustomerSettlements settlements, CancellationToken cancellationToken) =>
        new(await settlements.OfAsync(_row.Id, cancellationToken).ConfigureAwait(false));

    /// <summary>The customer's settlements (rozrachunki): documents with due and payment dates, payments, refunds.</summary>
    public async Task<LedgerStatement> Ledger([Service] CustomerSettlements settlements, CancellationToken cancellationToken) =>
        new(await settlements.OfAsync(_row.Id, cancellationToken).ConfigureAwait(false));

    /// <summary>The customer's interest notes (noty odsetkowe), newest first.</summary>
    public async Task<IReadOnlyList<InterestNote>> InterestNotes(InterestNotesByCustomerLoader notes, CancellationToken cancellationToken) =>
        [.. (await notes.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Select(row => new InterestNote(row))];

    /// <summary>The notices inbox, newest first.</summary>
    /// <param name="unreadOnly">Only notices not read yet.</param>
    public async Task<IReadOnlyList<Notice>> Notices(NoticesByCustomerLoader notices, CancellationToken cancellationToken, bool unreadOnly = false) =>
        (await notices.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Derived(unreadOnly ? Notice.UnreadOfCustomer : Notice.AllOfCustomer);

    /// <summary>How many notices the customer has not read yet.</summary>
    public async Task<int> UnreadNoticeCount(NoticesByCustomerLoader notices, CancellationToken cancellationToken) =>
        (await notices.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Derived(Notice.UnreadOfCustomer).Count;

    /// <summary>The consents the customer has given or refused (e-invoice per contract, notifications per channel and kind).</summary>
    public async Task<IReadOnlyList<Consent>> Consents(ConsentsByCustomerLoader consents, CancellationToken cancellationToken) =>
        [.. (await consents.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Select(row => new Consent(row))];

    /// <summary>The customer's cases (complaints, requests, questions), newest first.</summary>
    public async Task<IReadOnlyList<Case>> Cases(CasesByCustomerLoader cases, CancellationToken cancellationToken) =>
        [.. (await cases.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Select(row => new Case(row))];

    /// <summary>Fetches a customer for <c>node(id:)</c>.</summary>
    [NodeResolver]
    public static async Task<Customer?> GetAsync(long id, [Service] CustomerLookup customers, CancellationToken cancellationToken) =>
        Of(await customers.ByIdAsync(id, cancellationToken).ConfigureAwait(false));

    internal static Customer? Of(CustomerRow? row) => row is null ? null : new Customer(row);
}
