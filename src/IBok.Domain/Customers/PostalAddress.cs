namespace IBok.Domain.Customers;

/// <summary>A Polish postal address, as printed on invoices and used to target outage notices by street.</summary>
public sealed record PostalAddress
{
    /// <summary>Creates an address, validating the postal code (<c>NN-NNN</c>) and required parts.</summary>
    /// <param name="street">Street name without the "ul." prefix, for example "Mickiewicza"; empty for villages without streets.</param>
    /// <param name="buildingNumber">Building number, for example "10" or "12A".</param>
    /// <param name="apartmentNumber">Apartment number, or null.</param>
    /// <param name="postalCode">Postal code <c>NN-NNN</c>, for example "47-100".</param>
    /// <param name="city">City (poczta), for example "Strzelce Opolskie".</param>
    /// <exception cref="ArgumentException">A required part is empty or the postal code is not <c>NN-NNN</c>.</exception>
    public PostalAddress(string street, string buildingNumber, string? apartmentNumber, string postalCode, string city)
    {
        if (string.IsNullOrWhiteSpace(buildingNumber))
        {
            throw new ArgumentException("An address needs a building number.", nameof(buildingNumber));
        }

        if (string.IsNullOrWhiteSpace(city))
        {
            throw new ArgumentException("An address needs a city.", nameof(city));
        }

        if (!IsPostalCode(postalCode))
        {
            throw new ArgumentException($"A Polish postal code has the form NN-NNN; got '{postalCode}'.", nameof(postalCode));
        }

        Street = (street ?? string.Empty).Trim();
        BuildingNumber = buildingNumber.Trim();
        ApartmentNumber = string.IsNullOrWhiteSpace(apartmentNumber) ? null : apartmentNumber.Trim();
        PostalCode = postalCode;
        City = city.Trim();
    }

    /// <summary>Street name, or empty.</summary>
    public string Street { get; }

    /// <summary>Building number.</summary>
    public string BuildingNumber { get; }

    /// <summary>Apartment number, or null.</summary>
    public string? ApartmentNumber { get; }

    /// <summary>Postal code <c>NN-NNN</c>.</summary>
    public string PostalCode { get; }

    /// <summary>City.</summary>
    public string City { get; }

    /// <summary>First line: <c>ul. Mickiewicza 10/5</c>, or <c>Warta 10</c> without a street.</summary>
    public string Line1 =>
        (Street.Length > 0 ? "ul. " + Street : City) + " " + BuildingNumber + (ApartmentNumber is null ? string.Empty : "/" + ApartmentNumber);

    /// <summary>Second line: <c>47-100 Strzelce Opolskie</c>.</summary>
    public string Line2 => PostalCode + " " + City;

    /// <summary>Both lines joined with a comma.</summary>
    public override string ToString() => Line1 + ", " + Line2;

    private static bool IsPostalCode(string? code) =>
        code is { Length: 6 } && code[2] == '-' && code.Remove(2, 1).All(char.IsAsciiDigit);
}
