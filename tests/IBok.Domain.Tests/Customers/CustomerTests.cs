using IBok.Domain.Customers;

namespace IBok.Domain.Tests.Customers;

public sealed class CustomerTests
{
    private static readonly PostalAddress Address = new("Mickiewicza", "10", "5", "47-100", "Strzelce Opolskie");
    private static readonly CustomerNumber Number = CustomerNumber.Parse("100234");

    [Fact]
    public void Household_Defaults_PolishNoContactNoConsents()
    {
        var customer = Customer.Household(Number, "  Jan Kowalski ", Address);

        Assert.Equal(CustomerKind.Household, customer.Kind);
        Assert.Equal("Jan Kowalski", customer.Name);
        Assert.Null(customer.Nip);
        Assert.Equal(ContactDetails.None, customer.Contact);
        Assert.Equal(PreferredLanguage.Polish, customer.Language);
        Assert.Empty(customer.Consents.History);
        Assert.Same(Address, customer.CorrespondenceAddress);
    }

    [Fact]
    public void Household_MayHaveANip()
    {
        var customer = Customer.Household(Number, "Jan Kowalski", Address, nip: Nip.Parse("5250001210"));

        Assert.Equal("5250001210", customer.Nip!.Value);
    }

    [Fact]
    public void Business_KeepsNipContactAndLanguage()
    {
        var contact = ContactDetails.From("biuro@example.pl", "+48 601 234 567");

        var customer = Customer.Business(Number, "Piekarnia Sp. z o.o.", Nip.Parse("525-000-12-10"), Address, contact, PreferredLanguage.English);

        Assert.Equal(CustomerKind.Business, customer.Kind);
        Assert.Equal("5250001210", customer.Nip!.Value);
        Assert.Equal("+48601234567", customer.Contact.Phone!.Value);
        Assert.Equal(PreferredLanguage.English, customer.Language);
    }

    [Fact]
    public void Business_WithoutNip_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Customer.Business(Number, "Piekarnia", null!, Address));

        Assert.StartsWith("Business customer 100234 needs a NIP.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNip_NullForBusiness_Throws()
    {
        var business = Customer.Business(Number, "Piekarnia", Nip.Parse("5250001210"), Address);

        var ex = Assert.Throws<ArgumentException>(() => business.WithNip(null));

        Assert.StartsWith("Business customer 100234 needs a NIP.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNip_NullForHousehold_IsAllowed()
    {
        var household = Customer.Household(Number, "Jan", Address, nip: Nip.Parse("5250001210"));

        Assert.Null(household.WithNip(null).Nip);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Household_BlankName_Throws(string? name)
    {
        var ex = Assert.Throws<ArgumentException>(() => Customer.Household(Number, name!, Address));

        Assert.StartsWith("A customer needs a name.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Household_NameOf257Characters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Customer.Household(Number, new string('x', 257), Address));

        Assert.StartsWith("A customer name has at most 256 characters; got 257.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(256, Customer.Household(Number, new string('x', 256), Address).Name.Length);
    }

    [Fact]
    public void WithName_Blank_Throws()
    {
        var customer = Customer.Household(Number, "Jan", Address);

        Assert.Throws<ArgumentException>(() => customer.WithName(" "));
        Assert.Equal("Anna", customer.WithName("Anna").Name);
    }

    [Fact]
    public void WithLanguage_Undefined_Throws()
    {
        var customer = Customer.Household(Number, "Jan", Address);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => customer.WithLanguage((PreferredLanguage)7));

        Assert.StartsWith("Unknown preferred language 7.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithContactAndAddress_ReturnCopies()
    {
        var customer = Customer.Household(Number, "Jan", Address);
        var other = new PostalAddress("Polna", "1", null, "00-950", "Warszawa");
        var contact = ContactDetails.From("jan@example.pl", null);

        var changed = customer.WithContact(contact).WithCorrespondenceAddress(other);

        Assert.Equal(contact, changed.Contact);
        Assert.Equal(other, changed.CorrespondenceAddress);
        Assert.Equal(ContactDetails.None, customer.Contact);
    }

    [Fact]
    public void WithConsents_ExtendedHistory_IsKept()
    {
        var customer = Customer.Household(Number, "Jan", Address);
        var granted = customer.Consents.Grant(NotificationChannel.Email, NotificationKind.InvoiceIssued, new(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), ConsentSource.Portal);

        var updated = customer.WithConsents(granted.Consents);

        Assert.True(updated.Consents.Allows(NotificationChannel.Email, NotificationKind.InvoiceIssued));
    }

    [Fact]
    public void WithConsents_RewrittenHistory_Throws()
    {
        var at = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1));
        var customer = Customer.Household(Number, "Jan", Address);
        customer = customer.WithConsents(customer.Consents.Grant(NotificationChannel.Email, NotificationKind.InvoiceIssued, at, ConsentSource.Portal).Consents);

        var ex = Assert.Throws<ArgumentException>(() => customer.WithConsents(ConsentSet.Empty));

        Assert.StartsWith("The consents of customer 100234 can only be extended; their history cannot be rewritten.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameData_AreEqual()
    {
        var first = Customer.Household(Number, "Jan", Address, ContactDetails.From("jan@example.pl", "601234567"));
        var second = Customer.Household(CustomerNumber.Parse("100234"), "Jan ", new PostalAddress("Mickiewicza", "10", "5", "47-100", "Strzelce Opolskie"), ContactDetails.From("jan@EXAMPLE.pl", "+48601234567"));

        Assert.Equal(first, second);
    }
}
