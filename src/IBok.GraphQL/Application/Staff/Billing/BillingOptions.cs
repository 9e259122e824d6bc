using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Payments;
using IBok.GraphQL.Application.Demo;

namespace IBok.GraphQL.Application.Staff.Billing;

/// <summary>
/// Who issues the invoices of a billing run and how they are numbered (configuration section <c>IBok:Billing</c>).
/// </summary>
/// <remarks>The defaults are the demo utility's seller and series, so a server running on its generated demo data
/// continues billing exactly where the generator stopped. A real utility sets its own.</remarks>
public sealed class BillingOptions
{
    /// <summary>The configuration section the host binds.</summary>
    public const string SectionName = "IBok:Billing";

    /// <summary>The seller's name as printed on invoices.</summary>
    public string SellerName { get; set; } = "Przedsiębiorstwo Wodociągów i Ciepłownictwa „Demo” Sp. z o.o.";

    /// <summary>The seller's street.</summary>
    public string SellerStreet { get; set; } = "Wodociągowa";

    /// <summary>The seller's building number.</summary>
    public string SellerBuildingNumber { get; set; } = "2";

    /// <summary>The seller's apartment number, if any.</summary>
    public string? SellerApartmentNumber { get; set; }

    /// <summary>The seller's postal code.</summary>
    public string SellerPostalCode { get; set; } = "47-100";

    /// <summary>The seller's city.</summary>
    public string SellerCity { get; set; } = "Strzelce Opolskie";

    /// <summary>The seller's NIP.</summary>
    public string SellerNip { get; set; } = "1234563218";

    /// <summary>The seller's main account; an invoice carries the customer's individual account instead when they have one.</summary>
    public string SellerBankAccount { get; set; } = BankAccountNumber.FromBban(DemoNumbering.BankSortCode + DemoNumbering.MainAccountIdentifier).Value;

    /// <summary>The invoice numbering series' pattern (see <see cref="InvoiceNumberSeries"/>).</summary>
    public string InvoiceSeries { get; set; } = DemoNumbering.InvoiceSeries.Pattern;

    /// <summary>Days from the issue date to the due date.</summary>
    public int PaymentTermDays { get; set; } = BillingInput.DefaultPaymentTermDays;

    /// <summary>How many invoices are written per transaction (and logged per progress line).</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The seller printed on an invoice paid to <paramref name="bankAccount"/>.</summary>
    /// <exception cref="FormatException">The configured NIP is not valid.</exception>
    public Seller SellerPayingTo(string? bankAccount) => new(
        SellerName,
        new PostalAddress(SellerStreet, SellerBuildingNumber, SellerApartmentNumber, SellerPostalCode, SellerCity),
        Nip.Parse(SellerNip),
        string.IsNullOrWhiteSpace(bankAccount) ? SellerBankAccount : bankAccount);
}
