using IBok.Domain.Cases;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Staff;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Notices;

namespace IBok.Web.Portal.Service;

/// <summary>
/// The names the service pages show for the application's enumerations, and the portal's messages for errors the
/// application reports in English only (staff actions), all in both languages side by side.
/// </summary>
public static class ServiceTexts
{
    /// <summary>A case kind: <c>Reklamacja</c> / <c>Complaint</c>.</summary>
    public static string Kind(this PortalLanguage language, CaseKind kind) => kind switch
    {
        CaseKind.Complaint => language.Text("Reklamacja", "Complaint"),
        CaseKind.Request => language.Text("Wniosek", "Request"),
        CaseKind.Question => language.Text("Zapytanie", "Question"),
        CaseKind.DataChange => language.Text("Zmiana danych", "Change of data"),
        CaseKind.Refund => language.Text("Zwrot nadpłaty", "Refund"),
        _ => kind.ToString(),
    };

    /// <summary>A case status: <c>W realizacji</c> / <c>In progress</c>.</summary>
    public static string Status(this PortalLanguage language, CaseStatus status) => status switch
    {
        CaseStatus.Submitted => language.Text("Złożona", "Submitted"),
        CaseStatus.Registered => language.Text("Zarejestrowana", "Registered"),
        CaseStatus.InProgress => language.Text("W realizacji", "In progress"),
        CaseStatus.WaitingForCustomer => language.Text("Czeka na odpowiedź klienta", "Waiting for the customer"),
        CaseStatus.Resolved => language.Text("Załatwiona", "Resolved"),
        CaseStatus.Rejected => language.Text("Odrzucona", "Rejected"),
        _ => status.ToString(),
    };

    /// <summary>A notice kind: <c>Awaria</c> / <c>Failure</c>.</summary>
    public static string Kind(this PortalLanguage language, NoticeKind kind) => kind switch
    {
        NoticeKind.Information => language.Text("Komunikat", "Information"),
        NoticeKind.Failure => language.Text("Awaria", "Failure"),
        NoticeKind.PlannedShutdown => language.Text("Planowane wyłączenie", "Planned shutdown"),
        _ => kind.ToString(),
    };

    /// <summary>A notification channel: <c>E-mail</c> / <c>SMS</c>.</summary>
    public static string Channel(this PortalLanguage language, NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => language.Text("E-mail", "E-mail"),
        NotificationChannel.Sms => language.Text("SMS", "Text message (SMS)"),
        _ => channel.ToString(),
    };

    /// <summary>A kind of notification: <c>Wystawienie faktury</c> / <c>Invoice issued</c>.</summary>
    public static string Kind(this PortalLanguage language, NotificationKind kind) => kind switch
    {
        NotificationKind.InvoiceIssued => language.Text("Wystawienie faktury", "Invoice issued"),
        NotificationKind.PaymentReminder => language.Text("Przypomnienie o płatności", "Payment reminder"),
        NotificationKind.PaymentDemand => language.Text("Wezwanie do zapłaty", "Payment demand"),
        NotificationKind.InterestNote => language.Text("Nota odsetkowa", "Interest note"),
        NotificationKind.ContractEnding => language.Text("Koniec umowy", "Contract ending"),
        NotificationKind.LegalizationExpiring => language.Text("Koniec legalizacji wodomierza", "Meter legalization expiring"),
        NotificationKind.Outage => language.Text("Awarie i wyłączenia", "Outages"),
        _ => kind.ToString(),
    };

    /// <summary>A kind of data change request.</summary>
    public static string Kind(this PortalLanguage language, DataChangeKind kind) => kind switch
    {
        DataChangeKind.CorrespondenceAddress => language.Text("Adres korespondencyjny", "Correspondence address"),
        DataChangeKind.ContactDetails => language.Text("E-mail i telefon kontaktowy", "Contact e-mail and phone"),
        DataChangeKind.Name => language.Text("Imię i nazwisko lub nazwa", "Name"),
        DataChangeKind.Other => language.Text("Inne dane", "Other data"),
        _ => kind.ToString(),
    };

    /// <summary>Why a reading was flagged for review.</summary>
    public static string Reason(this PortalLanguage language, ReadingReviewReason reason) => reason switch
    {
        ReadingReviewReason.CounterRollover => language.Text("Przekręcenie licznika", "Counter roll-over"),
        ReadingReviewReason.UnusuallyHighConsumption => language.Text("Nietypowo wysokie zużycie", "Unusually high consumption"),
        _ => reason.ToString(),
    };

    /// <summary>A business error of the application in the request's language.</summary>
    public static string Message(this PortalLanguage language, UserError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Message(language == PortalLanguage.English ? PreferredLanguage.English : PreferredLanguage.Polish);
    }

    /// <summary>
    /// A staff action's error in the request's language: the application words these in English only, for API
    /// clients, so the portal gives each code its Polish text; an unknown code falls back to the English message.
    /// </summary>
    public static string Message(this PortalLanguage language, StaffActionError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var polish = error.Code switch
        {
            "TEXT_REQUIRED" => "Wpisz treść odpowiedzi.",
            "CASE_NOT_FOUND" => "Nie znaleziono sprawy.",
            "TRANSITION_NOT_ALLOWED" => "Sprawy w tym statusie nie można przenieść do wybranego statusu.",
            "READING_NOT_FOUND" => "Nie znaleziono odczytu.",
            "NOT_FLAGGED" => "Ten odczyt nie czeka już na sprawdzenie.",
            "REASON_REQUIRED" => "Podaj powód odrzucenia odczytu.",
            "TITLE_REQUIRED" => "Podaj tytuł komunikatu.",
            "BODY_REQUIRED" => "Wpisz treść komunikatu.",
            "NOT_AN_OUTAGE" => "Wybierz rodzaj: awaria albo planowane wyłączenie.",
            "END_BEFORE_START" => "Koniec przerwy musi być później niż jej początek.",
            "CITY_REQUIRED" => "Podaj miejscowość, w której leżą ulice.",
            _ => null,
        };
        return language == PortalLanguage.English || polish is null ? error.Message : polish;
    }
}
