using IBok.Domain.Customers;
using IBok.GraphQL.Persistence.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IBok.GraphQL.Persistence.Model.Customers;

/// <summary>A customer (odbiorca): a household or a business with a NIP. Table <c>customers</c>.</summary>
public sealed class CustomerRow : ICustomerRoot
{
    /// <summary>The customer id (every owned row's <c>customer_id</c>).</summary>
    public long Id { get; set; }

    /// <summary>The customer number (numer klienta), digits only, unique.</summary>
    public string Number { get; set; } = "";

    /// <summary>Household or business.</summary>
    public CustomerKind Kind { get; set; }

    /// <summary>The name (a person's full name or a company's name).</summary>
    public string Name { get; set; } = "";

    /// <summary>
    /// The name folded for search (lower case, Polish letters without diacritics, single spaces); kept in step with
    /// <see cref="Name"/> with <see cref="Mapping.CustomerSearch.Fold"/> and filled for older rows by migration 0004.
    /// </summary>
    public string SearchName { get; set; } = "";

    /// <summary>The NIP, 10 digits; required for a business.</summary>
    public string? Nip { get; set; }

    /// <summary>Correspondence address: street (empty for villages without streets).</summary>
    public string Street { get; set; } = "";

    /// <summary>Correspondence address: building number.</summary>
    public string BuildingNumber { get; set; } = "";

    /// <summary>Correspondence address: apartment number.</summary>
    public string? ApartmentNumber { get; set; }

    /// <summary>Correspondence address: postal code NN-NNN.</summary>
    public string PostalCode { get; set; } = "";

    /// <summary>Correspondence address: city.</summary>
    public string City { get; set; } = "";

    /// <summary>Contact e-mail address.</summary>
    public string? Email { get; set; }

    /// <summary>Contact phone number, E.164 (+48…).</summary>
    public string? Phone { get; set; }

    /// <summary>The language of the customer's notices and documents.</summary>
    public PreferredLanguage PreferredLanguage { get; set; }

    /// <summary>The customer's individual (virtual) bank account number for payments, 26 digits.</summary>
    public string? IndividualAccountNumber { get; set; }

    /// <summary>When the row was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// A change token the database renews (triggers of migration 0006) whenever the customer row or a row the
    /// customer-scoped read loaders read changes; the read cache serves rows only for an unchanged token. EF Core
    /// never writes it, so a tracked row's value is the one it was read with.
    /// </summary>
    public long DataVersion { get; set; }
}

internal sealed class CustomerRowConfiguration : IEntityTypeConfiguration<CustomerRow>
{
    public void Configure(EntityTypeBuilder<CustomerRow> builder)
    {
        builder.ToTable("customers");
        builder.HasKey(row => row.Id);
        builder.Property(row => row.Id).HasColumnName("id");
        builder.Property(row => row.Number).HasColumnName("number");
        builder.HasIndex(row => row.Number).IsUnique().HasDatabaseName("ux_customers_number");
        builder.Property(row => row.Kind).IsEnumText("kind");
        builder.Property(row => row.Name).HasColumnName("name");
        builder.Property(row => row.SearchName).HasColumnName("search_name");
        builder.Property(row => row.Nip).HasColumnName("nip");
        builder.Property(row => row.Street).HasColumnName("street");
        builder.Property(row => row.BuildingNumber).HasColumnName("building_number");
        builder.Property(row => row.ApartmentNumber).HasColumnName("apartment_number");
        builder.Property(row => row.PostalCode).HasColumnName("postal_code");
        builder.Property(row => row.City).HasColumnName("city");
        builder.Property(row => row.Email).HasColumnName("email");
        builder.Property(row => row.Phone).HasColumnName("phone");
        builder.Property(row => row.PreferredLanguage).IsEnumText("preferred_language");
        builder.Property(row => row.IndividualAccountNumber).HasColumnName("individual_account_number");
        builder.Property(row => row.CreatedAt).IsInstant("created_at");
        var dataVersion = builder.Property(row => row.DataVersion).HasColumnName("data_version").Metadata;
        dataVersion.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        dataVersion.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
