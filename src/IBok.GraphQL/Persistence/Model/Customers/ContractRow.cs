using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Customers;

/// <summary>A contract (umowa) for a premises. Table <c>contracts</c>.</summary>
/// <remarks>The e-invoice consent's history lives in <see cref="ConsentChangeRow"/> rows naming this contract;
/// <see cref="ElectronicInvoice"/> is its current state, kept for fast filtering.</remarks>
public sealed class ContractRow : ICustomerOwned
{
    /// <summary>The contract id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The premises the contract supplies.</summary>
    public long PremisesId { get; set; }

    /// <summary>The contract number, unique.</summary>
    public string Number { get; set; } = "";

    /// <summary>The services supplied (at least one).</summary>
    public List<UtilityService> Services { get; set; } = [];

    /// <summary>The tariff group code, e.g. <c>G1</c>.</summary>
    public string TariffGroup { get; set; } = "";

    /// <summary>How often the contract is billed.</summary>
    public BillingCycle BillingCycle { get; set; }

    /// <summary>How consumption is established.</summary>
    public ReadingMethod ReadingMethod { get; set; }

    /// <summary>First day of the contract.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Last day of a fixed-term contract (inclusive); null for an open-ended one.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>Number of billing points (subscription fees are charged per point).</summary>
    public int BillingPoints { get; set; } = 1;

    /// <summary>Ordered heat power in MW, only for heat contracts.</summary>
    public decimal? OrderedHeatPowerMegawatts { get; set; }

    /// <summary>Whether e-invoice consent is currently granted (the latest change in its history).</summary>
    public bool ElectronicInvoice { get; set; }

    /// <summary>The scanned signed contract, when one was uploaded.</summary>
    public long? SignedScanFileId { get; set; }
}

internal sealed class ContractRowConfiguration : IEntityTypeConfiguration<ContractRow>
{
    public void Configure(EntityTypeBuilder<ContractRow> builder)
    {
        builder.ToTable("contracts");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_contracts_customer_id");
        builder.Property(row => row.PremisesId).HasColumnName("premises_id");
        builder.HasIndex(row => row.PremisesId).HasDatabaseName("ix_contracts_premises_id");
        builder.Property(row => row.Number).HasColumnName("number");
        builder.HasIndex(row => row.Number).IsUnique().HasDatabaseName("ux_contracts_number");
        builder.Property(row => row.Services).IsEnumList("services");
        builder.Property(row => row.TariffGroup).HasColumnName("tariff_group");
        builder.Property(row => row.BillingCycle).IsEnumText("billing_cycle");
        builder.Property(row => row.ReadingMethod).IsEnumText("reading_method");
        builder.Property(row => row.StartDate).HasColumnName("start_date");
        builder.Property(row => row.EndDate).HasColumnName("end_date");
        builder.Property(row => row.BillingPoints).HasColumnName("billing_points");
        builder.Property(row => row.OrderedHeatPowerMegawatts).HasColumnName("ordered_heat_power_mw").HasPrecision(14, 3);
        builder.Property(row => row.ElectronicInvoice).HasColumnName("e_invoice");
        builder.Property(row => row.SignedScanFileId).HasColumnName("signed_scan_file_id");
    }
}
