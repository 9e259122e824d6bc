using System.Text.Json;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Auditing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Application.Accounts;

public sealed class StaffCodeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimeCode_CustomerWithoutAccount_GivesARegistrationCodeThatWorksOnce(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");

        var issued = (await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), operatorViewer)).Value!;
        var registered = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, OneTimeCode: issued.Code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal))));
        var reused = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", "drugi@example.pl", AccountsHarness.CustomerPassword, OneTimeCode: issued.Code)));

        Assert.Equal((OneTimeCodePurpose.Registration, new DateTime(2026, 3, 19, 10, 0, 0)), (issued.Purpose, DateTime.SpecifyKind(issued.ExpiresAt, DateTimeKind.Unspecified)));
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", issued.Code);
        Assert.True(registered.Succeeded);
        Assert.Equal(AccountErrorCode.InvalidProof, Assert.Single(reused.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimeCode_AfterFourteenDays_NoLongerProvesAnything(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");
        var issued = (await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), operatorViewer)).Value!;
        harness.Time.Advance(TimeSpan.FromDays(14));

        var result = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, OneTimeCode: issued.Code)));

        Assert.Equal(AccountErrorCode.InvalidProof, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimeCode_SecondCode_ReplacesTheFirst(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");
        var first = (await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), operatorViewer)).Value!;
        await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), operatorViewer);

        var result = await harness.Accounts(service => service.RegisterCustomerAsync(new RegisterCustomerCommand(
            "100200", AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword, OneTimeCode: first.Code)));

        Assert.Equal(AccountErrorCode.InvalidProof, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimeCode_CustomerWithAccount_IsAPasswordThatMustBeChangedAtSignIn(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");
        var issued = (await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), operatorViewer)).Value!;

        var withoutNew = await harness.Accounts(service => service.SignInAsync("100200", issued.Code));
        var weakNew = await harness.Accounts(service => service.SignInAsync("100200", issued.Code, "krotkie1"));
        var changed = await harness.Accounts(service => service.SignInAsync("100200", issued.Code, "Nowe-Haslo-2026"));
        var reused = await harness.Accounts(service => service.SignInAsync("100200", issued.Code, "Inne-Haslo-2026"));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var withNew = await harness.Accounts(service => service.SignInAsync("100200", "Nowe-Haslo-2026"));

        Assert.Equal(OneTimeCodePurpose.OneTimePassword, issued.Purpose);
        Assert.Equal(
            new AccountError(
                AccountErrorCode.PasswordChangeRequired,
                "This one-time password must be changed: sign in again giving a new password.",
                "To hasło jednorazowe trzeba zmienić: zaloguj się ponownie, podając nowe hasło.",
                "newPassword"),
            Assert.Single(withoutNew.Errors));
        Assert.Equal([AccountErrorCode.PasswordTooWeak], weakNew.Errors.Select(error => error.Code));
        Assert.True(changed.Succeeded);
        Assert.Equal(AccountErrorCode.InvalidCredentials, Assert.Single(reused.Errors).Code);
        Assert.True(withNew.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimeCode_OneTimePasswordAfterFourteenDays_IsAWrongPassword(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");
        var issued = (await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), operatorViewer)).Value!;
        harness.Time.Advance(TimeSpan.FromDays(14));

        var result = await harness.Accounts(service => service.SignInAsync("100200", issued.Code, "Nowe-Haslo-2026"));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var oldPassword = await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));

        Assert.Equal(AccountErrorCode.InvalidCredentials, Assert.Single(result.Errors).Code);
        Assert.True(oldPassword.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimeCode_WritesAnAuditEntryWithoutTheCode(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");

        var issued = (await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), operatorViewer)).Value!;

        var entry = await harness.Query(db => db.Set<AuditEntry>().SingleAsync(candidate => candidate.Action == "account.one_time_code.issue"));
        Assert.Equal(
            (operatorViewer.AccountId, "Anna Operatorka", "Operator", "Customer", "1", new DateTime(2026, 3, 5, 10, 0, 0)),
            (entry.ActorAccountId, entry.ActorName, entry.ActorRole, entry.SubjectType, entry.SubjectId, DateTime.SpecifyKind(entry.OccurredAt, DateTimeKind.Unspecified)));
        using var details = JsonDocument.Parse(entry.DetailsJson!);
        Assert.Equal("Registration", details.RootElement.GetProperty("purpose").GetString());
        Assert.DoesNotContain(issued.Code, entry.DetailsJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task IssueOneTimeCode_CustomerOrAnonymous_IsForbiddenAndUnknownNumberNotFound(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var operatorViewer = await harness.CreateStaffAsync(ViewerRole.Operator, "anna@wodociagi.example.pl", "Anna Operatorka");

        var anonymous = await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"));
        var customer = await harness.Accounts(service => service.IssueOneTimeCodeAsync("100200"), Viewer.ForCustomer(AccountsHarness.OtherCustomerId, 77, "Ewa Nowak"));
        var unknown = await harness.Accounts(service => service.IssueOneTimeCodeAsync("999999"), operatorViewer);

        Assert.Equal(AccountErrorCode.Forbidden, Assert.Single(anonymous.Errors).Code);
        Assert.Equal(AccountErrorCode.Forbidden, Assert.Single(customer.Errors).Code);
        Assert.Equal(AccountErrorCode.CustomerNotFound, Assert.Single(unknown.Errors).Code);
        Assert.Equal(0, await harness.Query(db => db.Set<OneTimeCode>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateStaffAccount_MustChangePassword_SignsInOnlyWithANewOne(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.Accounts(
            service => service.CreateStaffAccountAsync("admin@wodociagi.example.pl", "Adam Admin", ViewerRole.Admin, "Startowe-Haslo-1", mustChangePassword: true),
            Viewer.System);

        var withoutNew = await harness.Accounts(service => service.SignInAsync("admin@wodociagi.example.pl", "Startowe-Haslo-1"));
        var withNew = await harness.Accounts(service => service.SignInAsync("admin@wodociagi.example.pl", "Startowe-Haslo-1", "Wlasne-Haslo-22"));
        var next = await harness.Accounts(service => service.SignInAsync("admin@wodociagi.example.pl", "Wlasne-Haslo-22"));

        Assert.Equal(AccountErrorCode.PasswordChangeRequired, Assert.Single(withoutNew.Errors).Code);
        Assert.Equal(ViewerRole.Admin, withNew.Value!.Role);
        Assert.True(next.Succeeded);
        var audit = await harness.Query(db => db.Set<AuditEntry>().SingleAsync());
        Assert.Equal(("account.staff.create", "system", "Admin"), (audit.Action, audit.ActorName, audit.ActorRole));
    }
}
