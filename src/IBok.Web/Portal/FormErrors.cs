using System.Collections;

namespace IBok.Web.Portal;

/// <summary>One message about one input of a form (or about the whole form when <see cref="Field"/> is null).</summary>
/// <param name="Field">The input's id and name, or null.</param>
/// <param name="Message">The message in the request's language.</param>
public sealed record FieldError(string? Field, string Message);

/// <summary>
/// The errors of a posted form, for the error summary at the top (<c>Shared/_ErrorSummary.cshtml</c>, links to the
/// fields) and the messages next to the fields (<see cref="DescribedBy"/>, <see cref="Invalid"/>).
/// </summary>
public sealed class FormErrors : IEnumerable<FieldError>
{
    private readonly List<FieldError> _errors = [];

    /// <summary>Whether there is any error.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Adds an error about a field (null: the whole form).</summary>
    public void Add(string? field, string message) => _errors.Add(new FieldError(field, message));

    /// <summary>The first message about a field, or null.</summary>
    public string? For(string field) => _errors.FirstOrDefault(error => error.Field == field)?.Message;

    /// <summary>The id of the field's message (<c>{field}-error</c>) when it has one, for <c>aria-describedby</c>.</summary>
    public string? DescribedBy(string field) => For(field) is null ? null : field + "-error";

    /// <summary><c>true</c> for <c>aria-invalid</c> when the field has an error; null (no attribute) otherwise.</summary>
    public string? Invalid(string field) => For(field) is null ? null : "true";

    /// <inheritdoc />
    public IEnumerator<FieldError> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
