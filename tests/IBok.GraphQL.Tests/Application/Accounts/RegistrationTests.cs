using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Application.Accounts;

public sealed class RegistrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterCustomer_RecentInvoice_CreatesUnconfirmedAccountAndMailsACode(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var result = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", "Jan.Kowalski@Example.pl", AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2025/11/0001", InvoiceGrossAmount: 102.20m)));

        Assert.True(result.Succeeded);
        var account = await harness.Query(db => db.Set<Account>().SingleAsync());
        Assert.Equal(
            (AccountsHarness.CustomerId, ViewerRole.Customer, "Jan.Kowalski@Example.pl", "JAN.KOWALSKI@EXAMPLE.PL", false, "Jan Kowalski"),
            (account.CustomerId!.Value, account.Role, account.Email, account.NormalizedEmail, account.EmailConfirmed, account.DisplayName));
        Assert.DoesNotContain(AccountsHarness.CustomerPassword, account.PasswordHash, StringComparison.Ordinal);
        var mail = Assert.Single(harness.Mail.Sent);
        Assert.Equal(("Jan.Kowalski@Example.pl", "iBOK: potwierdź adres e-mail"), (mail.To, mail.Subject));
        var code = await harness.Query(db => db.Set<OneTimeCode>().SingleAsync());
        Assert.Equal(OneTimeCodePurpose.EmailConfirmation, code.Purpose);
        Assert.DoesNotContain(harness.LastCode().Replace("-", "", StringComparison.Ordinal), code.CodeHash, StringComparison.Ordinal);
        Assert.Equal(64, code.CodeHash.Length);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterCustomer_FourthNewestInvoice_IsNoProof(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var result = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2025/10/0001", InvoiceGrossAmount: 101.10m)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(
            (AccountErrorCode.InvalidProof, "Numer klienta nie zgadza się z podaną fakturą lub kodem.", TimeSpan.FromSeconds(1)),
            (error.Code, error.MessagePl, error.RetryAfter!.Value));
        Assert.Equal(0, await harness.Query(db => db.Set<Account>().CountAsync()));
        Assert.Empty(harness.Mail.Sent);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterCustomer_WrongAmountAndUnknownCustomer_GetTheSameAnswer(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var wrongAmount = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.41m)));
        var unknownCustomer = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "999999", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m)));

        Assert.Equal(wrongAmount.Errors, unknownCustomer.Errors);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterCustomer_BadInputs_ReportsEachAndChangesNothing(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var result = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", "jan.kowalski", "krotkie", InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.405m)));

        Assert.Equal(
            [(AccountErrorCode.InvalidEmail, "email"), (AccountErrorCode.InvalidInput, "invoiceGrossAmount"), (AccountErrorCode.PasswordTooWeak, "password"), (AccountErrorCode.PasswordTooWeak, "password")],
            result.Errors.Select(error => (error.Code, error.Field)));
        Assert.Equal(0, await harness.Query(db => db.Set<Account>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterCustomer_BothProofs_IsRefused(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var result = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, "FV/2026/01/0001", 104.40m, "ABCD-EFGH-JKMN")));

        Assert.Equal([(AccountErrorCode.InvalidInput, "proof")], result.Errors.Select(error => (error.Code, error.Field)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterCustomer_Twice_SaysAlreadyRegistered(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();

        var again = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", "inny@example.pl", AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m)));

        Assert.Equal(AccountErrorCode.AlreadyRegistered, Assert.Single(again.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RegisterCustomer_EmailOfAnotherAccountInOtherCase_IsTaken(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        harness.Customers.AddInvoice(AccountsHarness.OtherCustomerId, "FV/2026/01/0002", 55.00m, new DateOnly(2026, 1, 31));

        var result = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            AccountsHarness.OtherCustomerNumber, "JAN.KOWALSKI@example.PL", "Inne-Haslo-2026", InvoiceNumber: "FV/2026/01/0002", InvoiceGrossAmount: 55m)));

        Assert.Equal(
            (AccountErrorCode.EmailTaken, "Ten adres e-mail jest już używany przez inne konto."),
            (Assert.Single(result.Errors).Code, result.Errors[0].MessagePl));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConfirmEmail_CodeFromTheMail_ConfirmsOnceOnly(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m)));
        var code = harness.LastCode();

        var first = await harness.Accounts(service => service.ConfirmEmailAsync("JAN.KOWALSKI@example.pl", code.ToLowerInvariant()));
        var second = await harness.Accounts(service => service.ConfirmEmailAsync(AccountsHarness.CustomerEmail, code));

        Assert.True(first.Succeeded);
        Assert.Equal(AccountErrorCode.InvalidCode, Assert.Single(second.Errors).Code);
        Assert.True(await harness.Query(db => db.Set<Account>().Select(account => account.EmailConfirmed).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConfirmEmail_After24Hours_IsExpired(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m)));
        harness.Time.Advance(TimeSpan.FromHours(24));

        var result = await harness.Accounts(service => service.ConfirmEmailAsync(AccountsHarness.CustomerEmail, harness.LastCode()));

        Assert.Equal(AccountErrorCode.InvalidCode, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConfirmEmail_FiveWrongGuesses_EndTheCode(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m)));
        for (var i = 0; i < 5; i++)
        {
            await harness.Accounts(service => service.ConfirmEmailAsync(AccountsHarness.CustomerEmail, "AAAA-AAAA"));
        }

        var right = await harness.Accounts(service => service.ConfirmEmailAsync(AccountsHarness.CustomerEmail, harness.LastCode()));

        Assert.Equal(AccountErrorCode.InvalidCode, Assert.Single(right.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_BeforeConfirmingEmail_SaysSo(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, InvoiceNumber: "FV/2026/01/0001", InvoiceGrossAmount: 104.40m)));

        var result = await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));

        Assert.Equal(AccountErrorCode.EmailNotConfirmed, Assert.Single(result.Errors).Code);
    }
}
