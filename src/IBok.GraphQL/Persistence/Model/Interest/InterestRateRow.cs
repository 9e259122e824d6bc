using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Interest;

/// <summary>
/// One change of an interest rate table (IBok.Domain's <c>InterestRateChange</c>), e.g. the statutory late
/// interest rate from a day on. Table <c>interest_rates</c>.
/// </summary>
public sealed class InterestRateRow
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>The table's name, e.g. <c>statutory</c> or <c>commercial</c>.</summary>
    public string TableName { get; set; } = "";

    /// <summary>First day the rate applies (unique per table).</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The annual rate in percent.</summary>
    public decimal AnnualRatePercent { get; set; }
}

internal sealed class InterestRateRowConfiguration : IEntityTypeConfiguration<InterestRateRow>
{
    public void Configure(EntityTypeBuilder<InterestRateRow> builder)
    {
        builder.ToTable("interest_rates");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.TableName).HasColumnName("table_name");
        builder.HasIndex(row => new { row.TableName, row.EffectiveFrom }).IsUnique().HasDatabaseName("ux_interest_rates_table_from");
        builder.Property(row => row.EffectiveFrom).HasColumnName("effective_from");
        builder.Property(row => row.AnnualRatePercent).IsPercent("annual_rate_percent");
    }
}
