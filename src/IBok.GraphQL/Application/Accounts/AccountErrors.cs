namespace IBok.GraphQL.Application.Accounts;

/// <summary>The account use cases' errors, each with its English and Polish message in one place.</summary>
internal static class AccountErrors
{
    public static AccountError InvalidCredentials(TimeSpan retryAfter) => new(
        AccountErrorCode.InvalidCredentials,
        "The login or password is incorrect.",
        "Nieprawidłowy login lub hasło.",
        RetryAfter: WholeSeconds(retryAfter));

    public static AccountError TooManyAttempts(TimeSpan retryAfter) => new(
        AccountErrorCode.TooManyAttempts,
        $"Too many failed attempts. Try again in {Describe(retryAfter)}.",
        $"Zbyt wiele nieudanych prób. Spróbuj ponownie za {Describe(retryAfter)}.",
        RetryAfter: WholeSeconds(retryAfter));

    public static AccountError WrongCurrentPassword(TimeSpan retryAfter) => new(
        AccountErrorCode.InvalidCredentials,
        "The current password is incorrect.",
        "Obecne hasło jest nieprawidłowe.",
        "currentPassword",
        WholeSeconds(retryAfter));

    public static AccountError EmailNotConfirmed { get; } = new(
        AccountErrorCode.EmailNotConfirmed,
        "Confirm your e-mail address first with the code we sent to it.",
        "Najpierw potwierdź adres e-mail kodem, który na niego wysłaliśmy.");

    public static AccountError PasswordChangeRequired { get; } = new(
        AccountErrorCode.PasswordChangeRequired,
        "This one-time password must be changed: sign in again giving a new password.",
        "To hasło jednorazowe trzeba zmienić: zaloguj się ponownie, podając nowe hasło.",
        "newPassword");

    public static AccountError PasswordUnchanged(string field) => new(
        AccountErrorCode.PasswordUnchanged,
        "The new password must differ from the current one.",
        "Nowe hasło musi się różnić od obecnego.",
        field);

    public static AccountError InvalidEmail { get; } = new(
        AccountErrorCode.InvalidEmail,
        "Enter a valid e-mail address, e.g. jan.kowalski@example.pl.",
        "Podaj prawidłowy adres e-mail, np. jan.kowalski@example.pl.",
        "email");

    public static AccountError EmailTaken { get; } = new(
        AccountErrorCode.EmailTaken,
        "This e-mail address is already used by another account.",
        "Ten adres e-mail jest już używany przez inne konto.",
        "email");

    public static AccountError InvalidProof(TimeSpan retryAfter) => new(
        AccountErrorCode.InvalidProof,
        "The customer number does not match the invoice or code given.",
        "Numer klienta nie zgadza się z podaną fakturą lub kodem.",
        RetryAfter: WholeSeconds(retryAfter));

    public static AccountError ProofMissing { get; } = new(
        AccountErrorCode.InvalidInput,
        "Give either the number and gross amount of one of your last 3 invoices, or the code from the customer office.",
        "Podaj numer i kwotę brutto jednej z 3 ostatnich faktur albo kod z biura obsługi klienta.",
        "proof");

    public static AccountError InvalidAmount { get; } = new(
        AccountErrorCode.InvalidInput,
        "The gross amount must be a positive amount in PLN with at most 2 decimal places, e.g. 123.45.",
        "Kwota brutto musi być dodatnią kwotą w złotych z najwyżej 2 miejscami po przecinku, np. 123,45.",
        "invoiceGrossAmount");

    public static AccountError Required(string field, string name, string namePl) => new(
        AccountErrorCode.InvalidInput,
        $"Enter the {name}.",
        $"Podaj {namePl}.",
        field);

    public static AccountError AlreadyRegistered { get; } = new(
        AccountErrorCode.AlreadyRegistered,
        "This customer already has an account. Sign in or reset the password.",
        "Ten klient ma już konto. Zaloguj się albo zresetuj hasło.");

    public static AccountError InvalidCode { get; } = new(
        AccountErrorCode.InvalidCode,
        "The code is incorrect, already used or expired.",
        "Kod jest nieprawidłowy, został już użyty albo wygasł.",
        "code");

    public static AccountError InvalidResetLink { get; } = new(
        AccountErrorCode.InvalidResetLink,
        "The password reset link is incorrect, already used or expired. Ask for a new one.",
        "Link do zmiany hasła jest nieprawidłowy, został już użyty albo wygasł. Poproś o nowy.",
        "token");

    public static AccountError CustomerNotFound { get; } = new(
        AccountErrorCode.CustomerNotFound,
        "No customer has this customer number.",
        "Nie ma klienta o tym numerze.",
        "customerNumber");

    public static AccountError ApiKeyNotFound { get; } = new(
        AccountErrorCode.ApiKeyNotFound,
        "No API key has this id.",
        "Nie ma klucza API o tym identyfikatorze.",
        "id");

    public static AccountError Forbidden { get; } = new(
        AccountErrorCode.Forbidden,
        "Your role does not allow this.",
        "Twoja rola nie pozwala na tę czynność.");

    public static AccountError NotSignedIn { get; } = new(
        AccountErrorCode.NotSignedIn,
        "Sign in first.",
        "Najpierw się zaloguj.");

    /// <summary>No working session of the viewer has this id.</summary>
    public static AccountError SessionNotFound { get; } = new(
        AccountErrorCode.SessionNotFound,
        "You have no signed-in session with this id; it may have ended already.",
        "Nie masz sesji o tym identyfikatorze; mogła już zostać zakończona.",
        "id");

    public static AccountError InvalidInput(string field, string message, string messagePl) =>
        new(AccountErrorCode.InvalidInput, message, messagePl, field);

    // Whole seconds, rounded up: callers wait at least this long, and responses do not leak sub-second timing.
    private static TimeSpan WholeSeconds(TimeSpan value) => TimeSpan.FromSeconds(Math.Ceiling(Math.Max(0, value.TotalSeconds)));

    private static string Describe(TimeSpan wait)
    {
        var seconds = (long)WholeSeconds(wait).TotalSeconds;
        return seconds < 60 ? $"{seconds} s" : $"{(seconds + 59) / 60} min";
    }
}
