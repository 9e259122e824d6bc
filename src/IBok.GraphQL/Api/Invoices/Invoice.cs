using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Invoices;

/// <summary>An invoice (faktura) or a correction invoice (faktura korygująca), with its payment status today.</summary>
[Node]
public sealed class Invoice
{
    private readonly InvoiceRow _row;
    private readonly SettledInvoice _settled;

    private Invoice(SettledInvoice settled)
    {
        _settled = settled;
        _row = settled.Row;
    }

    /// <summary>The invoice's global id.</summary>
    public long Id => _row.Id;

    /// <summary>The invoice number, e.g. FV/2026/02/000001.</summary>
    public string Number => _row.Number;

    /// <summary>Invoice or correction.</summary>
    public InvoiceKind Kind => _row.Kind;

    /// <summary>The issue date (data wystawienia).</summary>
    public DateOnly IssueDate => _row.IssueDate;

    /// <summary>The sale date (data sprzedaży).</summary>
    public DateOnly SaleDate => _row.SaleDate;

    /// <summary>The payment due date.</summary>
    public DateOnly DueDate => _row.DueDate;

    /// <summary>The first day of the billed period.</summary>
    public DateOnly PeriodStart => _row.PeriodStart;

    /// <summary>The last day of the billed period (inclusive).</summary>
    public DateOnly PeriodEnd => _row.PeriodEnd;

    /// <summary>The contract billed.</summary>
    public string ContractNumber => _row.ContractNumber;

    /// <summary>The tariff group applied.</summary>
    public string TariffGroup => _row.TariffGroup;

    /// <summary>The net total (for a correction: the difference).</summary>
    public MoneyValue Net => MoneyValue.FromGrosze(_row.NetGrosz);

    /// <summary>The VAT total.</summary>
    public MoneyValue Vat => MoneyValue.FromGrosze(_row.VatGrosz);

    /// <summary>The gross total: the amount due (for a correction: the difference, negative when it lowers the invoice).</summary>
    public MoneyValue Gross => MoneyValue.FromGrosze(_row.GrossGrosz);

    /// <summary>PAID when nothing is left to pay, UNPAID otherwise.</summary>
    public InvoicePaidState Status => _settled.PaidState;

    /// <summary>Unpaid, partly paid, paid or a credit (a correction that lowers an invoice); NOT_YET_ISSUED before its issue date; null while the invoice is not in the ledger.</summary>
    public DocumentPaymentState? PaymentState => _settled.Status?.State;

    /// <summary>How much of it is paid.</summary>
    public MoneyValue Paid => MoneyValue.From(_settled.Status?.Paid ?? Money.Zero);

    /// <summary>How much of it is still to pay.</summary>
    public MoneyValue Outstanding => _settled.Status is { } status
        ? MoneyValue.From(status.Outstanding)
        : MoneyValue.FromGrosze(Math.Max(0, _row.GrossGrosz));

    /// <summary>The day it became fully paid.</summary>
    public DateOnly? PaidOn => _settled.Status?.PaidOn;

    /// <summary>The seller as printed on the invoice.</summary>
    public InvoiceParty Seller => new(_row.SellerName, new Address(_row.SellerStreet, _row.SellerBuildingNumber, _row.SellerApartmentNumber, _row.SellerPostalCode, _row.SellerCity), _row.SellerNip);

    /// <summary>The buyer as printed on the invoice.</summary>
    public InvoiceParty Buyer => new(_row.BuyerName, new Address(_row.BuyerStreet, _row.BuyerBuildingNumber, _row.BuyerApartmentNumber, _row.BuyerPostalCode, _row.BuyerCity), _row.BuyerNip);

    /// <summary>The account to pay to.</summary>
    public string BankAccount => _row.SellerBankAccount;

    /// <summary>For a correction: the number of the invoice corrected.</summary>
    public string? CorrectedInvoiceNumber => _row.CorrectedInvoiceNumber;

    /// <summary>For a correction: why.</summary>
    public string? CorrectionReason => _row.CorrectionReason;

    /// <summary>The lines, in print order (a correction shows each line before and after).</summary>
    public async Task<IReadOnlyList<InvoiceLine>> Lines(InvoiceLinesByInvoiceLoader lines, CancellationToken cancellationToken) =>
        [.. (await lines.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Select(row => new InvoiceLine(row))];

    /// <summary>The totals per VAT rate (art. 106e ust. 1 pkt 14 of the VAT act), highest rate first.</summary>
    public async Task<IReadOnlyList<VatSummaryLine>> VatSummary(InvoiceVatSummaryByInvoiceLoader summary, CancellationToken cancellationToken) =>
        [.. (await summary.LoadAsync(_row.Id, cancellationToken).ConfigureAwait(false)).Select(row => new VatSummaryLine(
            Decimals.Normalized(row.VatPercent), MoneyValue.FromGrosze(row.NetGrosz), MoneyValue.FromGrosze(row.VatGrosz), MoneyValue.FromGrosze(row.GrossGrosz)))];

    /// <summary>Fetches an invoice for <c>node(id:)</c>.</summary>
    [NodeResolver]
    public static async Task<Invoice?> GetAsync(
        long id, RowByIdLoader<InvoiceRow> invoices, [Service] CustomerSettlements settlements, [Service] RequestCustomers customers, CancellationToken cancellationToken)
    {
        var row = await invoices.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        customers.Add([row.CustomerId]);
        var settlement = await settlements.OfAsync(row.CustomerId, cancellationToken).ConfigureAwait(false);
        return new Invoice(new SettledInvoice(row, settlement.StatusOf(row.Number)));
    }

    /// <summary>A customer's invoices, selected and ordered (the connection pages them).</summary>
    internal static async Task<IEnumerable<Invoice>> ListAsync(
        long customerId, InvoiceFilter? filter, InvoiceOrder? order, InvoicesByCustomerLoader invoices, CustomerSettlements settlements, CancellationToken cancellationToken)
    {
        var rowsLoading = invoices.LoadAsync(customerId, cancellationToken);
        var settlement = await settlements.OfAsync(customerId, cancellationToken).ConfigureAwait(false);
        var rows = await rowsLoading.ConfigureAwait(false);
        var ordering = order ?? DefaultOrder;
        if (filter is null && ordering == DefaultOrder)
        {
            return rows.Derived(NewestFirst, settlement);
        }

        return InvoiceSelection.Select(rows, settlement, filter?.ToCriteria(), ordering.Field, ordering.Direction == OrderDirection.Desc)
            .Select(settled => new Invoice(settled));
    }

    private static readonly InvoiceOrder DefaultOrder = new();

    /// <summary>
    /// Every invoice of a customer, newest issue date first, settled by one settlement (the one of the request's day,
    /// itself derived from the ledger rows): shared by the requests that read the same rows on the same day.
    /// </summary>
    private static readonly CustomerDerivation<InvoiceRow, Settlement, IReadOnlyList<Invoice>> NewestFirst = new((rows, settlement) =>
        [.. InvoiceSelection.Select(rows, settlement, null, DefaultOrder.Field, DefaultOrder.Direction == OrderDirection.Desc).Select(settled => new Invoice(settled))]);
}

/// <summary>A seller or buyer as printed on an invoice.</summary>
/// <param name="Name">The name.</param>
/// <param name="Address">The address.</param>
/// <param name="Nip">The tax number (NIP), when it has one.</param>
public sealed record InvoiceParty(string Name, Address Address, string? Nip);

/// <summary>The totals of one VAT rate on an invoice.</summary>
/// <param name="VatPercent">The rate, %.</param>
/// <param name="Net">The net total of the rate.</param>
/// <param name="Vat">The VAT of the rate.</param>
/// <param name="Gross">The gross total of the rate.</param>
public sealed record VatSummaryLine(decimal VatPercent, MoneyValue Net, MoneyValue Vat, MoneyValue Gross);
