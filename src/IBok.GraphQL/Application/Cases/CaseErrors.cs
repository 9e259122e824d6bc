using IBok.GraphQL.Application.Common;

namespace IBok.GraphQL.Application.Cases;

/// <summary>The case is resolved or rejected and takes no more messages (code <c>CASE_CLOSED</c>); file a new case instead.</summary>
public sealed class CaseClosedError : UserError
{
    internal CaseClosedError(string signature)
        : base(
            "CASE_CLOSED",
            $"Sprawa {signature} jest zamknięta i nie przyjmuje już wiadomości. Jeśli trzeba, złóż nowe zgłoszenie.",
            $"Case {signature} is closed and takes no more messages. File a new case if needed.")
    {
    }
}

/// <summary>The texts of case input errors.</summary>
internal static class CaseInputErrors
{
    public static InvalidInputError SubjectRequired() =>
        new("SUBJECT_REQUIRED", "subject", "Podaj temat zgłoszenia.", "Give the case a subject.");

    public static InvalidInputError SubjectTooLong(int max) =>
        new("SUBJECT_TOO_LONG", "subject", $"Temat może mieć najwyżej {max} znaków.", $"The subject may have at most {max} characters.");

    public static InvalidInputError TextRequired() =>
        new("TEXT_REQUIRED", "text", "Wpisz treść wiadomości.", "Write the message text.");

    public static InvalidInputError TextTooLong(int max) =>
        new("TEXT_TOO_LONG", "text", $"Treść może mieć najwyżej {max} znaków.", $"The text may have at most {max} characters.");

    public static InvalidInputError NameRequired() =>
        new("NAME_REQUIRED", "name", "Podaj imię i nazwisko lub nazwę firmy.", "Give your name or your company's name.");

    public static InvalidInputError ContactRequired() =>
        new("CONTACT_REQUIRED", "email", "Podaj adres e-mail lub numer telefonu, abyśmy mogli odpowiedzieć.", "Give an e-mail address or a phone number so that we can answer.");

    public static InvalidInputError InvalidEmail() =>
        new("INVALID_EMAIL", "email", "Adres e-mail jest niepoprawny.", "The e-mail address is not valid.");

    public static InvalidInputError InvalidPhone() =>
        new("INVALID_PHONE", "phone", "Numer telefonu jest niepoprawny.", "The phone number is not valid.");
}
