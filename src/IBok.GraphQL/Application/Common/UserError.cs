using IBok.Domain.Customers;

namespace IBok.GraphQL.Application.Common;

/// <summary>
/// A business-rule failure of a mutation, returned as data in its payload's <c>errors</c> (GraphQL interface
/// <c>UserError</c>). <see cref="Code"/> is stable and meant for programs; <see cref="Message"/> is for people.
/// </summary>
/// <remarks>
/// Language: every message exists in Polish and English. <c>message</c> answers in Polish unless asked otherwise with
/// its <c>language</c> argument (<c>message(language: ENGLISH)</c>). An argument rather than Accept-Language keeps the
/// answer a function of the document alone, so cached and persisted operations stay correct, and it works the same
/// for anonymous callers, who have no preferred language on record.
/// </remarks>
public abstract class UserError
{
    /// <summary>Creates an error with its code and its message in both languages.</summary>
    protected UserError(string code, string polishMessage, string englishMessage)
    {
        Code = code;
        PolishMessage = polishMessage;
        EnglishMessage = englishMessage;
    }

    /// <summary>What went wrong, as a stable SCREAMING_SNAKE_CASE code such as <c>LOWER_THAN_PREVIOUS</c>.</summary>
    public string Code { get; }

    internal string PolishMessage { get; }

    internal string EnglishMessage { get; }

    /// <summary>What went wrong and what to do, for people: Polish unless <paramref name="language"/> asks for English.</summary>
    /// <param name="language">The language of the message; Polish when not given.</param>
    public string Message(PreferredLanguage language = PreferredLanguage.Polish) =>
        language == PreferredLanguage.English ? EnglishMessage : PolishMessage;
}

/// <summary>The record the mutation names does not exist, or is not the caller's: both look the same on purpose.</summary>
public sealed class NotFoundError : UserError
{
    /// <summary>Creates the error for a record kind such as <c>Meter</c>.</summary>
    public NotFoundError(string entity, string polishName)
        : base("NOT_FOUND", $"Nie znaleziono: {polishName}.", $"{entity} not found.")
    {
        Entity = entity;
    }

    /// <summary>The kind of record that was not found, e.g. <c>Meter</c>, <c>Case</c>, <c>Notice</c>.</summary>
    public string Entity { get; }
}

/// <summary>An argument breaks a rule that the type system cannot express (empty text, an invalid account number, ...).</summary>
public sealed class InvalidInputError : UserError
{
    /// <summary>Creates the error for one argument or input field.</summary>
    public InvalidInputError(string code, string field, string polishMessage, string englishMessage)
        : base(code, polishMessage, englishMessage)
    {
        Field = field;
    }

    /// <summary>The argument or input field at fault, e.g. <c>subject</c> or <c>correspondenceAddress.postalCode</c>.</summary>
    public string Field { get; }
}

/// <summary>The operation needs a signed-in customer (code <c>NOT_SIGNED_IN</c>) and the caller is not one.</summary>
public sealed class NotSignedInError : UserError
{
    /// <summary>The single instance (it carries no data).</summary>
    public static NotSignedInError Instance { get; } = new();

    private NotSignedInError()
        : base("NOT_SIGNED_IN", "Zaloguj się jako odbiorca, aby to zrobić.", "Sign in as a customer to do this.")
    {
    }
}

/// <summary>Too many attempts from one client or for one customer number in a short time (code <c>RATE_LIMITED</c>).</summary>
public sealed class RateLimitedError : UserError
{
    /// <summary>Creates the error with the wait before the next attempt can succeed.</summary>
    public RateLimitedError(int retryAfterSeconds)
        : base(
            "RATE_LIMITED",
            $"Zbyt wiele prób w krótkim czasie. Spróbuj ponownie za {retryAfterSeconds} s.",
            $"Too many attempts in a short time. Try again in {retryAfterSeconds} s.")
    {
        RetryAfterSeconds = retryAfterSeconds;
    }

    /// <summary>Seconds until the oldest counted attempt leaves the window.</summary>
    public int RetryAfterSeconds { get; }
}
