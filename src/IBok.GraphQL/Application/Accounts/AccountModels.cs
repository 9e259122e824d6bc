using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>
/// A successfully signed-in account, for the host to start a session for (<see cref="AccountSessionService.StartAsync"/>).
/// </summary>
/// <param name="AccountId">The account's id.</param>
/// <param name="Role">The account's role.</param>
/// <param name="CustomerId">The customer, for customer accounts.</param>
/// <param name="DisplayName">A name for greetings.</param>
/// <param name="SecurityStamp">The account's stamp at sign-in (changes with every new password).</param>
public sealed record SignedInAccount(long AccountId, ViewerRole Role, long? CustomerId, string DisplayName, string SecurityStamp)
{
    /// <summary>The viewer this session acts as.</summary>
    public Viewer ToViewer() =>
        Role == ViewerRole.Customer && CustomerId is { } customerId
            ? Viewer.ForCustomer(customerId, AccountId, DisplayName)
            : Viewer.ForStaff(Role, AccountId, DisplayName);
}

/// <summary>A customer's registration request.</summary>
/// <param name="CustomerNumber">The customer number printed on invoices.</param>
/// <param name="Email">The e-mail address to sign in with (confirmed with a code sent there).</param>
/// <param name="Password">The chosen password.</param>
/// <param name="InvoiceNumber">Proof, first way: the number of one of the last 3 invoices.</param>
/// <param name="InvoiceGrossAmount">Proof, first way: that invoice's gross amount in PLN.</param>
/// <param name="OneTimeCode">Proof, second way: the code handed out by staff.</param>
public sealed record RegisterCustomerCommand(
    string CustomerNumber,
    string Email,
    string Password,
    string? InvoiceNumber = null,
    decimal? InvoiceGrossAmount = null,
    string? OneTimeCode = null);

/// <summary>A new customer account, waiting for its e-mail confirmation.</summary>
/// <param name="AccountId">The account's id.</param>
/// <param name="Email">Where the confirmation code was sent.</param>
public sealed record RegisteredAccount(long AccountId, string Email);

/// <summary>A code handed out by staff, shown once.</summary>
/// <param name="Code">The code to give the customer (only its hash is stored).</param>
/// <param name="Purpose">
/// <see cref="OneTimeCodePurpose.Registration"/> for a customer without an account (proof for registering), or
/// <see cref="OneTimeCodePurpose.OneTimePassword"/> for one with an account (a password to change at sign-in).
/// </param>
/// <param name="ExpiresAt">When it stops working (UTC).</param>
public sealed record IssuedOneTimeCode(string Code, OneTimeCodePurpose Purpose, DateTime ExpiresAt);

/// <summary>A new API key, shown once.</summary>
/// <param name="Id">The key's id (for revoking it).</param>
/// <param name="Name">What it is for.</param>
/// <param name="Prefix">The non-secret lookup part, to recognise the key in lists.</param>
/// <param name="Key">The whole key text to configure in the other system; only its hash is stored.</param>
/// <param name="Scopes">What it may do.</param>
public sealed record CreatedApiKey(long Id, string Name, string Prefix, string Key, IReadOnlyList<string> Scopes);

/// <summary>An API key that authenticated a request.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">What it is for.</param>
/// <param name="Scopes">What it may do.</param>
public sealed record AuthenticatedApiKey(long Id, string Name, IReadOnlyList<string> Scopes)
{
    /// <summary>The viewer requests with this key act as.</summary>
    public Viewer ToViewer() => Viewer.ForStaff(ViewerRole.Integration, Id, "API key: " + Name);
}
