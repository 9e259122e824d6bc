using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Billing;

/// <summary>One row of an invoice's VAT summary (per rate). Table <c>invoice_vat_summary</c>.</summary>
public sealed class InvoiceVatSummaryRow : ICustomerOwned
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The invoice.</summary>
    public long InvoiceId { get; set; }

    /// <summary>The VAT rate, %.</summary>
    public decimal VatPercent { get; set; }

    /// <summary>Net total at this rate in grosze.</summary>
    public long NetGrosz { get; set; }

    /// <summary>VAT at this rate in grosze.</summary>
    public long VatGrosz { get; set; }

    /// <summary>Gross at this rate in grosze.</summary>
    public long GrossGrosz { get; set; }
}

internal sealed class InvoiceVatSummaryRowConfiguration : IEntityTypeConfiguration<InvoiceVatSummaryRow>
{
    public void Configure(EntityTypeBuilder<InvoiceVatSummaryRow> builder)
    {
        builder.ToTable("invoice_vat_summary");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_invoice_vat_summary_customer_id");
        builder.Property(row => row.InvoiceId).HasColumnName("invoice_id");
        builder.HasIndex(row => row.InvoiceId).HasDatabaseName("ix_invoice_vat_summary_invoice_id");
        builder.Property(row => row.VatPercent).IsPercent("vat_percent");
        builder.Property(row => row.NetGrosz).HasColumnName("net_grosz");
        builder.Property(row => row.VatGrosz).HasColumnName("vat_grosz");
        builder.Property(row => row.GrossGrosz).HasColumnName("gross_grosz");
    }
}
