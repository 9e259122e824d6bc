using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Tariffs;

/// <summary>
/// The VAT rates per tariff component from a day on, until the next row (IBok.Domain's <c>VatRates</c>).
/// Table <c>vat_rates</c>; rates in percent.
/// </summary>
public sealed class VatRatesRow
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>First day in force (unique).</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>VAT on water, %.</summary>
    public decimal WaterPercent { get; set; }

    /// <summary>VAT on sewage disposal, %.</summary>
    public decimal SewagePercent { get; set; }

    /// <summary>VAT on the subscription fee, %.</summary>
    public decimal SubscriptionPercent { get; set; }

    /// <summary>VAT on the fixed heat charge, %.</summary>
    public decimal HeatFixedPercent { get; set; }

    /// <summary>VAT on the variable heat charge, %.</summary>
    public decimal HeatVariablePercent { get; set; }
}

internal sealed class VatRatesRowConfiguration : IEntityTypeConfiguration<VatRatesRow>
{
    public void Configure(EntityTypeBuilder<VatRatesRow> builder)
    {
        builder.ToTable("vat_rates");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.EffectiveFrom).HasColumnName("effective_from");
        builder.HasIndex(row => row.EffectiveFrom).IsUnique().HasDatabaseName("ux_vat_rates_effective_from");
        builder.Property(row => row.WaterPercent).IsPercent("water_percent");
        builder.Property(row => row.SewagePercent).IsPercent("sewage_percent");
        builder.Property(row => row.SubscriptionPercent).IsPercent("subscription_percent");
        builder.Property(row => row.HeatFixedPercent).IsPercent("heat_fixed_percent");
        builder.Property(row => row.HeatVariablePercent).IsPercent("heat_variable_percent");
    }
}
