using IBok.Domain.Metering;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Metering;

/// <summary>A meter installed at a premises (water meter, submeter, heat meter). Table <c>meters</c>.</summary>
public sealed class MeterRow : ICustomerOwned
{
    /// <summary>The largest reading precision a meter row may have: readings are stored as NUMERIC(14,3).</summary>
    public const int MaxStoredReadingPrecision = 3;

    /// <summary>The meter id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The premises where it is installed.</summary>
    public long PremisesId { get; set; }

    /// <summary>The serial number (numer fabryczny); looked up by anonymous reading submission.</summary>
    public string SerialNumber { get; set; } = "";

    /// <summary>Main water, hot water, heat or submeter.</summary>
    public MeterKind Kind { get; set; }

    /// <summary>m³ or GJ (follows the kind; stored so reports need no domain code).</summary>
    public MeterUnit Unit { get; set; }

    /// <summary>The day it was installed.</summary>
    public DateOnly InstalledOn { get; set; }

    /// <summary>The day it was removed, if it was.</summary>
    public DateOnly? RemovedOn { get; set; }

    /// <summary>The day of its (last) legalization.</summary>
    public DateOnly LegalizedOn { get; set; }

    /// <summary>The last day it may be used for billing (cecha legalizacyjna), per the utility's legalization policy.</summary>
    public DateOnly LegalizationValidUntil { get; set; }

    /// <summary>The value at which the counter rolls over to zero.</summary>
    public decimal CounterCapacity { get; set; }

    /// <summary>Decimal places of a reading, 0 to <see cref="MaxStoredReadingPrecision"/>.</summary>
    public int ReadingPrecision { get; set; }
}

internal sealed class MeterRowConfiguration : IEntityTypeConfiguration<MeterRow>
{
    public void Configure(EntityTypeBuilder<MeterRow> builder)
    {
        builder.ToTable("meters");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_meters_customer_id");
        builder.Property(row => row.PremisesId).HasColumnName("premises_id");
        builder.HasIndex(row => row.PremisesId).HasDatabaseName("ix_meters_premises_id");
        builder.Property(row => row.SerialNumber).HasColumnName("serial_number");
        builder.HasIndex(row => row.SerialNumber).HasDatabaseName("ix_meters_serial_number");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Unit).IsEnumText("unit");
        builder.Property(row => row.InstalledOn).HasColumnName("installed_on");
        builder.Property(row => row.RemovedOn).HasColumnName("removed_on");
        builder.Property(row => row.LegalizedOn).HasColumnName("legalized_on");
        builder.Property(row => row.LegalizationValidUntil).HasColumnName("legalization_valid_until");
        builder.Property(row => row.CounterCapacity).IsQuantity("counter_capacity");
        builder.Property(row => row.ReadingPrecision).HasColumnName("reading_precision");
    }
}
