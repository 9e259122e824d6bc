namespace IBok.GraphQL.Application.Accounts;

/// <summary>Why an account use case did not succeed.</summary>
public enum AccountErrorCode
{
    /// <summary>The login or password is wrong, or no such account exists (never told apart).</summary>
    InvalidCredentials,

    /// <summary>Too many failures for this login: wait <see cref="AccountError.RetryAfter"/>.</summary>
    TooManyAttempts,

    /// <summary>The e-mail address has not been confirmed yet.</summary>
    EmailNotConfirmed,

    /// <summary>The password was handed out by staff: sign in again giving a new password.</summary>
    PasswordChangeRequired,

    /// <summary>The new password does not meet the policy (<see cref="AccountError.Field"/> names the input).</summary>
    PasswordTooWeak,

    /// <summary>The new password is the current one.</summary>
    PasswordUnchanged,

    /// <summary>The e-mail address is not a valid address.</summary>
    InvalidEmail,

    /// <summary>The e-mail address belongs to another account.</summary>
    EmailTaken,

    /// <summary>The customer number and the proof (invoice or code) do not match.</summary>
    InvalidProof,

    /// <summary>The customer already has an account.</summary>
    AlreadyRegistered,

    /// <summary>The code is wrong, used or expired.</summary>
    InvalidCode,

    /// <summary>The password reset link is wrong, used or expired.</summary>
    InvalidResetLink,

    /// <summary>No customer has this number (staff use cases only; anonymous ones never say so).</summary>
    CustomerNotFound,

    /// <summary>No such API key.</summary>
    ApiKeyNotFound,

    /// <summary>An input is malformed (<see cref="AccountError.Field"/> names it).</summary>
    InvalidInput,

    /// <summary>The caller's role does not allow this.</summary>
    Forbidden,

    /// <summary>Nobody is signed in.</summary>
    NotSignedIn,

    /// <summary>The viewer has no working session with this id (another account's sessions are never found).</summary>
    SessionNotFound,
}

/// <summary>A business failure of an account use case, with messages in English and Polish.</summary>
/// <param name="Code">What went wrong.</param>
/// <param name="Message">The English message.</param>
/// <param name="MessagePl">The Polish message (shown in the web UI).</param>
/// <param name="Field">The input the error is about, or null.</param>
/// <param name="RetryAfter">How long to wait before trying again, when that matters.</param>
public sealed record AccountError(
    AccountErrorCode Code, string Message, string MessagePl, string? Field = null, TimeSpan? RetryAfter = null);

/// <summary>The result of an account use case: a value, or the errors that prevented it (nothing changed then).</summary>
/// <typeparam name="T">The value of a success.</typeparam>
public sealed class AccountOutcome<T>
{
    private AccountOutcome(T? value, IReadOnlyList<AccountError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value (null when <see cref="Errors"/> is not empty).</summary>
    public T? Value { get; }

    /// <summary>Why the use case failed; empty on success.</summary>
    public IReadOnlyList<AccountError> Errors { get; }

    /// <summary>Whether the use case succeeded.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A success.</summary>
    public static AccountOutcome<T> Success(T value) => new(value, []);

    /// <summary>A failure with at least one error.</summary>
    public static AccountOutcome<T> Failure(IReadOnlyList<AccountError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new(default, errors);
    }

    /// <summary>A failure with one error.</summary>
    public static AccountOutcome<T> Failure(AccountError error) => new(default, [error]);

    /// <summary>The one error of a failure with one error.</summary>
    public static implicit operator AccountOutcome<T>(AccountError error) => Failure(error);
}

/// <summary>A success without a value.</summary>
public sealed record Done
{
    /// <summary>The one instance.</summary>
    public static Done Instance { get; } = new();
}
