using IBok.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Tariffs;

/// <summary>
/// The net prices of one tariff group over an effective period (IBok.Domain's <c>PriceList</c>). Table
/// <c>tariff_price_lists</c>; its subscription fees per reading method are <see cref="SubscriptionFees"/>.
/// </summary>
public sealed class PriceListRow
{
    /// <summary>The price list id.</summary>
    public long Id { get; set; }

    /// <summary>The tariff group code, e.g. <c>G1</c>.</summary>
    public string TariffGroup { get; set; } = "";

    /// <summary>First day in force.</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Last day in force (inclusive); null while it has no end.</summary>
    public DateOnly? EffectiveUntil { get; set; }

    /// <summary>Net price of water per m³.</summary>
    public decimal WaterNetPerCubicMetre { get; set; }

    /// <summary>Net price of sewage disposal per m³.</summary>
    public decimal SewageNetPerCubicMetre { get; set; }

    /// <summary>Heat: net fixed price per MW of ordered power per month; null when the group has no heat.</summary>
    public decimal? HeatFixedNetPerMegawattMonth { get; set; }

    /// <summary>Heat: net variable price per GJ; null when the group has no heat.</summary>
    public decimal? HeatVariableNetPerGigajoule { get; set; }

    /// <summary>The monthly subscription fees, one per reading method.</summary>
    public List<SubscriptionFeeRow> SubscriptionFees { get; set; } = [];
}

/// <summary>A monthly subscription fee of a price list for one reading method (table <c>tariff_subscription_fees</c>).</summary>
public sealed class SubscriptionFeeRow
{
    /// <summary>The row id.</summary>
    public long Id { get; set; }

    /// <summary>The price list it belongs to.</summary>
    public long PriceListId { get; set; }

    /// <summary>The reading method it applies to.</summary>
    public ReadingMethod ReadingMethod { get; set; }

    /// <summary>Net fee per billing point per month.</summary>
    public decimal StandardNet { get; set; }

    /// <summary>Net fee with e-invoice consent (not above the standard fee).</summary>
    public decimal WithEInvoiceNet { get; set; }
}

internal sealed class PriceListRowConfiguration : IEntityTypeConfiguration<PriceListRow>
{
    public void Configure(EntityTypeBuilder<PriceListRow> builder)
    {
        builder.ToTable("tariff_price_lists");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.TariffGroup).HasColumnName("tariff_group");
        builder.HasIndex(row => new { row.TariffGroup, row.EffectiveFrom }).IsUnique().HasDatabaseName("ux_tariff_price_lists_group_from");
        builder.Property(row => row.EffectiveFrom).HasColumnName("effective_from");
        builder.Property(row => row.EffectiveUntil).HasColumnName("effective_until");
        builder.Property(row => row.WaterNetPerCubicMetre).IsUnitPrice("water_net_per_m3");
        builder.Property(row => row.SewageNetPerCubicMetre).IsUnitPrice("sewage_net_per_m3");
        builder.Property(row => row.HeatFixedNetPerMegawattMonth).IsUnitPrice("heat_fixed_net_per_mw_month");
        builder.Property(row => row.HeatVariableNetPerGigajoule).IsUnitPrice("heat_variable_net_per_gj");
        builder.HasMany(row => row.SubscriptionFees).WithOne().HasForeignKey(fee => fee.PriceListId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubscriptionFeeRowConfiguration : IEntityTypeConfiguration<SubscriptionFeeRow>
{
    public void Configure(EntityTypeBuilder<SubscriptionFeeRow> builder)
    {
        builder.ToTable("tariff_subscription_fees");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.PriceListId).HasColumnName("price_list_id");
        builder.HasIndex(row => new { row.PriceListId, row.ReadingMethod }).IsUnique().HasDatabaseName("ux_tariff_subscription_fees_list_method");
        builder.Property(row => row.ReadingMethod).IsEnumText("reading_method");
        builder.Property(row => row.StandardNet).IsUnitPrice("standard_net");
        builder.Property(row => row.WithEInvoiceNet).IsUnitPrice("with_e_invoice_net");
    }
}
