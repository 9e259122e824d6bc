using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Application.Accounts;

public sealed class SignInTests
{
    private const string WrongPassword = "Zla-Proba-0000";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_CustomerNumberOrEmailInAnyCase_SignsInAsTheCustomer(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        var registered = await harness.RegisterConfirmedCustomerAsync();

        var byNumber = await harness.Accounts(service => service.SignInAsync(" 100200 ", AccountsHarness.CustomerPassword));
        var byEmail = await harness.Accounts(service => service.SignInAsync("JAN.Kowalski@example.pl", AccountsHarness.CustomerPassword));

        Assert.Equal(
            (registered.AccountId, ViewerRole.Customer, (long?)AccountsHarness.CustomerId, "Jan Kowalski"),
            (byNumber.Value!.AccountId, byNumber.Value.Role, byNumber.Value.CustomerId, byNumber.Value.DisplayName));
        Assert.Equal(byNumber.Value, byEmail.Value);
        Assert.Equal(Viewer.ForCustomer(AccountsHarness.CustomerId, registered.AccountId, "Jan Kowalski"), byEmail.Value!.ToViewer());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_RepeatedFailures_WaitDoublesThenLocksFor15Minutes(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var waits = new List<TimeSpan>();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var result = await harness.Accounts(service => service.SignInAsync("100200", WrongPassword));
            var error = Assert.Single(result.Errors);
            Assert.Equal(AccountErrorCode.InvalidCredentials, error.Code);
            waits.Add(error.RetryAfter!.Value);
            if (attempt < 4)
            {
                harness.Time.Advance(error.RetryAfter.Value);
            }
        }

        Assert.Equal([1, 2, 4, 8, 900], waits.Select(wait => wait.TotalSeconds));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_DuringTheWait_RefusesEvenTheRightPasswordUnchecked(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        await harness.Accounts(service => service.SignInAsync("100200", WrongPassword));
        harness.Time.Advance(TimeSpan.FromMilliseconds(400));

        var during = await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));
        harness.Time.Advance(TimeSpan.FromMilliseconds(600));
        var after = await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));

        Assert.Equal(
            new AccountError(
                AccountErrorCode.TooManyAttempts,
                "Too many failed attempts. Try again in 1 s.",
                "Zbyt wiele nieudanych prób. Spróbuj ponownie za 1 s.",
                RetryAfter: TimeSpan.FromSeconds(1)),
            Assert.Single(during.Errors));
        Assert.True(after.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_Locked_RefusesTheRightPasswordUntil15MinutesPass(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        await FailFiveTimesAsync(harness, "100200");

        harness.Time.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var unlocked = await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));

        Assert.Equal(
            ("Zbyt wiele nieudanych prób. Spróbuj ponownie za 1 min.", TimeSpan.FromMinutes(1)),
            (Assert.Single(stillLocked.Errors).MessagePl, stillLocked.Errors[0].RetryAfter!.Value));
        Assert.True(unlocked.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_AfterTheLockEnds_CountsFailuresAfresh(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        await FailFiveTimesAsync(harness, "100200");
        harness.Time.Advance(TimeSpan.FromMinutes(15));

        var next = await harness.Accounts(service => service.SignInAsync("100200", WrongPassword));

        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(next.Errors).RetryAfter);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_SuccessAfterFailures_ForgetsThem(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var failed = await harness.Accounts(service => service.SignInAsync("100200", WrongPassword));
            harness.Time.Advance(failed.Errors[0].RetryAfter!.Value);
        }

        await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));
        var next = await harness.Accounts(service => service.SignInAsync("100200", WrongPassword));

        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(next.Errors).RetryAfter);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_UnknownLoginAndWrongPasswordAndLocked_AnswerIdentically(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();

        var known = await SequenceAsync(harness, AccountsHarness.CustomerEmail, AccountsHarness.CustomerPassword);
        var unknownEmail = await SequenceAsync(harness, "nikt@example.pl", AccountsHarness.CustomerPassword);
        var unknownNumber = await SequenceAsync(harness, "999999", AccountsHarness.CustomerPassword);

        Assert.Equal(8, known.Count);
        Assert.Equal(known, unknownEmail);
        Assert.Equal(known, unknownNumber);
        Assert.Equal(
            [AccountErrorCode.InvalidCredentials, AccountErrorCode.TooManyAttempts, AccountErrorCode.InvalidCredentials, AccountErrorCode.InvalidCredentials,
             AccountErrorCode.InvalidCredentials, AccountErrorCode.InvalidCredentials, AccountErrorCode.TooManyAttempts, AccountErrorCode.TooManyAttempts],
            known.Select(error => error.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_UnknownLogin_ChecksAPasswordHashJustLikeAWrongPassword(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        var counts = new List<int>();

        foreach (var login in new[] { "100200", "999999", AccountsHarness.CustomerEmail, "nikt@example.pl" })
        {
            harness.Hasher.Verifications = 0;
            await harness.Accounts(service => service.SignInAsync(login, WrongPassword));
            counts.Add(harness.Hasher.Verifications);
        }

        Assert.Equal([1, 1, 1, 1], counts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_ThrottleIsPerLoginText_OtherLoginsAreUnaffected(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);
        await harness.RegisterConfirmedCustomerAsync();
        await FailFiveTimesAsync(harness, "nikt@example.pl");

        var result = await harness.Accounts(service => service.SignInAsync("100200", AccountsHarness.CustomerPassword));

        Assert.True(result.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_EmptyPassword_IsAnInputErrorNotAFailure(string provider)
    {
        await using var harness = await AccountsHarness.CreateAsync(provider);

        var result = await harness.Accounts(service => service.SignInAsync("100200", ""));

        Assert.Equal(
            new AccountError(AccountErrorCode.InvalidInput, "Enter the password.", "Podaj hasło.", "password"),
            Assert.Single(result.Errors));
    }

    private static async Task FailFiveTimesAsync(AccountsHarness harness, string login)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var result = await harness.Accounts(service => service.SignInAsync(login, WrongPassword));
            var error = Assert.Single(result.Errors);
            if (attempt < 4)
            {
                harness.Time.Advance(error.RetryAfter!.Value);
            }
        }
    }

    /// <summary>
    /// Wrong password, an attempt during the wait, three more wrong ones, the lock-triggering one, then the right
    /// password while locked and once more 5 minutes later: every answer; the clock ends 20 minutes after the start.
    /// </summary>
    private static async Task<List<AccountError>> SequenceAsync(AccountsHarness harness, string login, string rightPassword)
    {
        var errors = new List<AccountError>();
        async Task<AccountError> TryAsync(string password)
        {
            var result = await harness.Accounts(service => service.SignInAsync(login, password));
            var error = Assert.Single(result.Errors);
            errors.Add(error);
            return error;
        }

        var start = harness.Time.GetUtcNow();
        var first = await TryAsync(WrongPassword);
        await TryAsync(rightPassword);
        harness.Time.Advance(first.RetryAfter!.Value);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var error = await TryAsync(WrongPassword);
            harness.Time.Advance(attempt < 3 ? error.RetryAfter!.Value : TimeSpan.FromMinutes(5));
        }

        await TryAsync(rightPassword);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await TryAsync(rightPassword);
        harness.Time.Advance(TimeSpan.FromMinutes(20) - (harness.Time.GetUtcNow() - start));
        return errors;
    }
}
