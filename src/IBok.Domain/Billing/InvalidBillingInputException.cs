namespace IBok.Domain.Billing;

/// <summary>The billing input breaks a rule of invoicing; the message names the field and the offending value.</summary>
public sealed class InvalidBillingInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="field">The input field at fault, such as "BillingPoints".</param>
    /// <param name="message">Why, with the offending values, in the invariant culture.</param>
    public InvalidBillingInputException(string field, string message)
        : base(message, field)
    {
        Field = field;
    }

    /// <summary>The input field at fault.</summary>
    public string Field { get; }
}
