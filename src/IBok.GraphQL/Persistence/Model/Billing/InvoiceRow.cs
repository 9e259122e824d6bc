using IBok.Domain;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Billing;

/// <summary>An invoice or a correction invoice.</summary>
public enum InvoiceKind
{
    /// <summary>A VAT invoice (faktura) for a billing period.</summary>
    Invoice,

    /// <summary>A correction invoice (faktura korygująca) of an earlier invoice.</summary>
    Correction,
}

/// <summary>
/// An issued invoice (faktura) or correction with the seller and buyer as they were on the issue day (art. 106e
/// of the VAT act). Table <c>invoices</c>. Its payment status is not stored: the ledger derives it.
/// </summary>
public sealed class InvoiceRow : ICustomerOwned
{
    /// <summary>The invoice id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The contract billed.</summary>
    public long? ContractId { get; set; }

    /// <summary>The invoice number, unique, e.g. <c>FV/2026/02/000001</c>.</summary>
    public string Number { get; set; } = "";

    /// <summary>The numbering series' pattern, e.g. <c>FV/{yyyy}/{MM}/{seq:6}</c>.</summary>
    public string Series { get; set; } = "";

    /// <summary>Invoice or correction.</summary>
    public InvoiceKind Kind { get; set; }

    /// <summary>Issue date (data wystawienia).</summary>
    public DateOnly IssueDate { get; set; }

    /// <summary>Sale date (data sprzedaży): the last day of the billed period.</summary>
    public DateOnly SaleDate { get; set; }

    /// <summary>Payment due date.</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>Days from issue to due date.</summary>
    public int PaymentTermDays { get; set; }

    /// <summary>First day of the billed period.</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>Last day of the billed period (inclusive).</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The contract number printed on the invoice (with the period, the billing key).</summary>
    public string ContractNumber { get; set; } = "";

    /// <summary>The tariff group applied.</summary>
    public string TariffGroup { get; set; } = "";

    /// <summary>How VAT was computed.</summary>
    public VatCalculationMethod VatMethod { get; set; }

    /// <summary>Seller's name.</summary>
    public string SellerName { get; set; } = "";

    /// <summary>Seller's street.</summary>
    public string SellerStreet { get; set; } = "";

    /// <summary>Seller's building number.</summary>
    public string SellerBuildingNumber { get; set; } = "";

    /// <summary>Seller's apartment number.</summary>
    public string? SellerApartmentNumber { get; set; }

    /// <summary>Seller's postal code.</summary>
    public string SellerPostalCode { get; set; } = "";

    /// <summary>Seller's city.</summary>
    public string SellerCity { get; set; } = "";

    /// <summary>Seller's NIP.</summary>
    public string SellerNip { get; set; } = "";

    /// <summary>The account to pay to (26 digits).</summary>
    public string SellerBankAccount { get; set; } = "";

    /// <summary>Buyer's name.</summary>
    public string BuyerName { get; set; } = "";

    /// <summary>Buyer's street.</summary>
    public string BuyerStreet { get; set; } = "";

    /// <summary>Buyer's building number.</summary>
    public string BuyerBuildingNumber { get; set; } = "";

    /// <summary>Buyer's apartment number.</summary>
    public string? BuyerApartmentNumber { get; set; }

    /// <summary>Buyer's postal code.</summary>
    public string BuyerPostalCode { get; set; } = "";

    /// <summary>Buyer's city.</summary>
    public string BuyerCity { get; set; } = "";

    /// <summary>Buyer's NIP (businesses).</summary>
    public string? BuyerNip { get; set; }

    /// <summary>Net total in grosze (for a correction: the difference, may be negative).</summary>
    public long NetGrosz { get; set; }

    /// <summary>VAT total in grosze.</summary>
    public long VatGrosz { get; set; }

    /// <summary>Gross total (amount due) in grosze.</summary>
    public long GrossGrosz { get; set; }

    /// <summary>The invoice a correction corrects.</summary>
    public long? CorrectedInvoiceId { get; set; }

    /// <summary>The number of the invoice a correction corrects.</summary>
    public string? CorrectedInvoiceNumber { get; set; }

    /// <summary>Why a correction was issued.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>When the row was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The lines (for a correction: before and after rows of each changed line).</summary>
    public List<InvoiceLineRow> Lines { get; set; } = [];

    /// <summary>The VAT summary, one row per rate.</summary>
    public List<InvoiceVatSummaryRow> VatSummary { get; set; } = [];
}

internal sealed class InvoiceRowConfiguration : IEntityTypeConfiguration<InvoiceRow>
{
    public void Configure(EntityTypeBuilder<InvoiceRow> builder)
    {
        builder.ToTable("invoices");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => new { row.CustomerId, row.IssueDate }).HasDatabaseName("ix_invoices_customer_id_issue_date");
        builder.Property(row => row.ContractId).HasColumnName("contract_id");
        builder.Property(row => row.Number).HasColumnName("number");
        builder.HasIndex(row => row.Number).IsUnique().HasDatabaseName("ux_invoices_number");
        builder.Property(row => row.Series).HasColumnName("series");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.IssueDate).HasColumnName("issue_date");
        builder.Property(row => row.SaleDate).HasColumnName("sale_date");
        builder.Property(row => row.DueDate).HasColumnName("due_date");
        builder.Property(row => row.PaymentTermDays).HasColumnName("payment_term_days");
        builder.Property(row => row.PeriodStart).HasColumnName("period_start");
        builder.Property(row => row.PeriodEnd).HasColumnName("period_end");
        builder.Property(row => row.ContractNumber).HasColumnName("contract_number");
        // The billing key (contract, period) of an invoice is unique, so a billing run repeated after a crash
        // cannot bill the same period twice; corrections share their invoice's key.
        builder.HasIndex(row => new { row.ContractNumber, row.PeriodStart, row.PeriodEnd })
            .IsUnique()
            .HasFilter("kind = 'Invoice'")
            .HasDatabaseName("ux_invoices_billing_key");
        builder.Property(row => row.TariffGroup).HasColumnName("tariff_group");
        builder.Property(row => row.VatMethod).IsEnumText("vat_method");
        builder.Property(row => row.SellerName).HasColumnName("seller_name");
        builder.Property(row => row.SellerStreet).HasColumnName("seller_street");
        builder.Property(row => row.SellerBuildingNumber).HasColumnName("seller_building_number");
        builder.Property(row => row.SellerApartmentNumber).HasColumnName("seller_apartment_number");
        builder.Property(row => row.SellerPostalCode).HasColumnName("seller_postal_code");
        builder.Property(row => row.SellerCity).HasColumnName("seller_city");
        builder.Property(row => row.SellerNip).HasColumnName("seller_nip");
        builder.Property(row => row.SellerBankAccount).HasColumnName("seller_bank_account");
        builder.Property(row => row.BuyerName).HasColumnName("buyer_name");
        builder.Property(row => row.BuyerStreet).HasColumnName("buyer_street");
        builder.Property(row => row.BuyerBuildingNumber).HasColumnName("buyer_building_number");
        builder.Property(row => row.BuyerApartmentNumber).HasColumnName("buyer_apartment_number");
        builder.Property(row => row.BuyerPostalCode).HasColumnName("buyer_postal_code");
        builder.Property(row => row.BuyerCity).HasColumnName("buyer_city");
        builder.Property(row => row.BuyerNip).HasColumnName("buyer_nip");
        builder.Property(row => row.NetGrosz).HasColumnName("net_grosz");
        builder.Property(row => row.VatGrosz).HasColumnName("vat_grosz");
        builder.Property(row => row.GrossGrosz).HasColumnName("gross_grosz");
        builder.Property(row => row.CorrectedInvoiceId).HasColumnName("corrected_invoice_id");
        builder.Property(row => row.CorrectedInvoiceNumber).HasColumnName("corrected_invoice_number");
        builder.Property(row => row.CorrectionReason).HasColumnName("correction_reason");
        builder.Property(row => row.CreatedAt).IsInstant("created_at");
        builder.HasMany(row => row.Lines).WithOne().HasForeignKey(line => line.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(row => row.VatSummary).WithOne().HasForeignKey(vat => vat.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
