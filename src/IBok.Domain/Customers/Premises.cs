namespace IBok.Domain.Customers;

/// <summary>A premises or point of supply (posesja, punkt poboru): an address where the utility's meters are, owned
/// by one customer. A customer may have several.</summary>
/// <remarks>The address is the place of supply, which invoices name and outage notices target by street; letters go
/// to the customer's correspondence address instead.</remarks>
public sealed record Premises
{
    /// <summary>Creates a premises.</summary>
    /// <exception cref="ArgumentNullException">A part is null.</exception>
    public Premises(PremisesCode code, PostalAddress address, CustomerNumber customerNumber)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(customerNumber);
        (Code, Address, CustomerNumber) = (code, address, customerNumber);
    }

    /// <summary>The utility's code of the premises.</summary>
    public PremisesCode Code { get; }

    /// <summary>Where the premises is.</summary>
    public PostalAddress Address { get; }

    /// <summary>The customer the premises belongs to.</summary>
    public CustomerNumber CustomerNumber { get; }
}
