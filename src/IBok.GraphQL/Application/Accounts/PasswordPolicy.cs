namespace IBok.GraphQL.Application.Accounts;

/// <summary>
/// What a password must be: long enough that length, not character tricks, carries its strength (NIST SP 800-63B,
/// section 5.1.1.2: at least 8 characters, we ask 10), not made of one kind of character only, not containing the
/// login it protects, and not so long that hashing it becomes a way to burn the server's CPU.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 10;

    /// <summary>The longest password accepted.</summary>
    public const int MaximumLength = 128;

    /// <summary>
    /// Every rule the password breaks (empty when it is acceptable), each an <see cref="AccountErrorCode.PasswordTooWeak"/>
    /// error for <paramref name="field"/>.
    /// </summary>
    /// <param name="password">The proposed password.</param>
    /// <param name="customerNumber">The customer number of the account, if any.</param>
    /// <param name="email">The e-mail address of the account, if any.</param>
    /// <param name="field">The input name errors refer to.</param>
    public static IReadOnlyList<AccountError> Check(string password, string? customerNumber, string? email, string field = "password")
    {
        ArgumentNullException.ThrowIfNull(password);
        var errors = new List<AccountError>();
        if (password.Length < MinimumLength)
        {
            errors.Add(Weak(
                field,
                $"The password must have at least {MinimumLength} characters.",
                $"Hasło musi mieć co najmniej {MinimumLength} znaków."));
        }
        else if (password.Length > MaximumLength)
        {
            errors.Add(Weak(
                field,
                $"The password must have at most {MaximumLength} characters.",
                $"Hasło może mieć najwyżej {MaximumLength} znaków."));
        }

        if (password.Length > 0 && CharacterClassCount(password) < 2)
        {
            errors.Add(Weak(
                field,
                "The password must mix at least two kinds of characters: lowercase letters, uppercase letters, digits, other characters.",
                "Hasło musi zawierać co najmniej dwa rodzaje znaków: małe litery, wielkie litery, cyfry, inne znaki."));
        }

        if (!string.IsNullOrWhiteSpace(customerNumber) && password.Contains(customerNumber.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(Weak(
                field,
                "The password must not contain the customer number.",
                "Hasło nie może zawierać numeru klienta."));
        }

        if (!string.IsNullOrWhiteSpace(email) && ContainsEmail(password, email.Trim()))
        {
            errors.Add(Weak(
                field,
                "The password must not contain the e-mail address or its part before the @.",
                "Hasło nie może zawierać adresu e-mail ani jego części przed znakiem @."));
        }

        return errors;
    }

    private static bool ContainsEmail(string password, string email)
    {
        var localPart = email.Split('@')[0];
        // A very short local part ("jo@...") would forbid too many innocent passwords.
        return password.Contains(email, StringComparison.OrdinalIgnoreCase)
            || (localPart.Length >= 3 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase));
    }

    private static int CharacterClassCount(string password)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var character in password)
        {
            if (char.IsLower(character))
            {
                lower = true;
            }
            else if (char.IsUpper(character))
            {
                upper = true;
            }
            else if (char.IsDigit(character))
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static AccountError Weak(string field, string message, string messagePl) =>
        new(AccountErrorCode.PasswordTooWeak, message, messagePl, field);
}
