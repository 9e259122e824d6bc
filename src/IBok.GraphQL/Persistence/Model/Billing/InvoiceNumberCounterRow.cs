using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Billing;

/// <summary>
/// The last number used in one scope of an invoice series (table <c>invoice_number_counters</c>): the scope is
/// IBok.Domain's <c>InvoiceNumberSeries.SequenceScope(issueDate)</c>, e.g. <c>FV/2026/02/{seq:6}</c> for a series
/// that restarts monthly. Incremented inside the billing transaction; <see cref="Version"/> guards concurrent runs.
/// </summary>
public sealed class InvoiceNumberCounterRow
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>The series pattern, e.g. <c>FV/{yyyy}/{MM}/{seq:6}</c>.</summary>
    public string Series { get; set; } = "";

    /// <summary>The scope within the series (unique with <see cref="Series"/>).</summary>
    public string Scope { get; set; } = "";

    /// <summary>The last sequence number given out in the scope.</summary>
    public long LastSequence { get; set; }

    /// <summary>Optimistic concurrency token, incremented with every update.</summary>
    public long Version { get; set; }
}

internal sealed class InvoiceNumberCounterRowConfiguration : IEntityTypeConfiguration<InvoiceNumberCounterRow>
{
    public void Configure(EntityTypeBuilder<InvoiceNumberCounterRow> builder)
    {
        builder.ToTable("invoice_number_counters");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.Series).HasColumnName("series");
        builder.Property(row => row.Scope).HasColumnName("scope");
        builder.HasIndex(row => new { row.Series, row.Scope }).IsUnique().HasDatabaseName("ux_invoice_number_counters_series_scope");
        builder.Property(row => row.LastSequence).HasColumnName("last_sequence");
        builder.Property(row => row.Version).HasColumnName("version").IsConcurrencyToken();
    }
}
