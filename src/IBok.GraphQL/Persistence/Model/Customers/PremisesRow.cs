using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Customers;

/// <summary>A premises (posesja, punkt poboru): an address with meters. Table <c>premises</c>.</summary>
public sealed class PremisesRow : ICustomerOwned
{
    /// <summary>The premises id.</summary>
    public long Id { get; set; }

    /// <inheritdoc />
    public long CustomerId { get; set; }

    /// <summary>The premises code, upper case, unique.</summary>
    public string Code { get; set; } = "";

    /// <summary>Street (outages are targeted by city and street).</summary>
    public string Street { get; set; } = "";

    /// <summary>Building number.</summary>
    public string BuildingNumber { get; set; } = "";

    /// <summary>Apartment number.</summary>
    public string? ApartmentNumber { get; set; }

    /// <summary>Postal code NN-NNN.</summary>
    public string PostalCode { get; set; } = "";

    /// <summary>City.</summary>
    public string City { get; set; } = "";
}

internal sealed class PremisesRowConfiguration : IEntityTypeConfiguration<PremisesRow>
{
    public void Configure(EntityTypeBuilder<PremisesRow> builder)
    {
        builder.ToTable("premises");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.CustomerId).HasColumnName("customer_id");
        builder.HasIndex(row => row.CustomerId).HasDatabaseName("ix_premises_customer_id");
        builder.Property(row => row.Code).HasColumnName("code");
        builder.HasIndex(row => row.Code).IsUnique().HasDatabaseName("ux_premises_code");
        builder.Property(row => row.Street).HasColumnName("street");
        builder.Property(row => row.BuildingNumber).HasColumnName("building_number");
        builder.Property(row => row.ApartmentNumber).HasColumnName("apartment_number");
        builder.Property(row => row.PostalCode).HasColumnName("postal_code");
        builder.Property(row => row.City).HasColumnName("city");
        builder.HasIndex(row => new { row.City, row.Street }).HasDatabaseName("ix_premises_city_street");
    }
}
