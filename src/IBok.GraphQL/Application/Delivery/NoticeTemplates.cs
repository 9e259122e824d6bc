using System.Globalization;
using System.Net;
using System.Text;
using IBok.Domain;
using IBok.Domain.Customers;
using IBok.Domain.Notices;

namespace IBok.GraphQL.Application.Delivery;

/// <summary>A notice rendered for its channel: e-mail subject, text and HTML bodies, SMS text, the unsubscribe link.</summary>
/// <param name="Subject">The e-mail subject.</param>
/// <param name="TextBody">The plain-text e-mail body.</param>
/// <param name="HtmlBody">The HTML e-mail body (every value HTML-encoded).</param>
/// <param name="SmsText">The SMS text (before the SMS alphabet is chosen).</param>
/// <param name="UnsubscribeUrl">The link that withdraws consent to this kind of notice by e-mail.</param>
public sealed record RenderedNotice(string Subject, string TextBody, string HtmlBody, string SmsText, string UnsubscribeUrl);

/// <summary>
/// The texts of every notice kind, in Polish and in English for customers who chose English. Pure: the same notice,
/// language and settings give the same text, so a message re-rendered after a crash is the same message.
/// </summary>
public static class NoticeTemplates
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The link that withdraws the customer's consent to notices of <paramref name="kind"/> by e-mail (an
    /// e-invoice's link leads to the e-invoice setting). It opens the portal's consent page, which asks to sign in.</summary>
    public static string UnsubscribeUrl(string portalUrl, NotificationKind kind, NotificationChannel channel = NotificationChannel.Email)
    {
        ArgumentNullException.ThrowIfNull(portalUrl);
        return $"{portalUrl.TrimEnd('/')}/zgody/wypisz?rodzaj={KindSlug(kind)}&kanal={ChannelSlug(channel)}";
    }

    /// <summary>The channel as it appears in links: <c>email</c> or <c>sms</c>.</summary>
    public static string ChannelSlug(NotificationChannel channel) => channel switch
    {
        NotificationChannel.Email => "email",
        NotificationChannel.Sms => "sms",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown notification channel."),
    };

    /// <summary>The notice kind of a link's slug (<see cref="KindSlug"/>); false for anything else, case and spacing included.</summary>
    public static bool TryParseKindSlug(string? slug, out NotificationKind kind)
    {
        foreach (var candidate in Enum.GetValues<NotificationKind>())
        {
            if (string.Equals(KindSlug(candidate), slug, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The channel of a link's slug (<see cref="ChannelSlug"/>); false for anything else.</summary>
    public static bool TryParseChannelSlug(string? slug, out NotificationChannel channel)
    {
        foreach (var candidate in Enum.GetValues<NotificationChannel>())
        {
            if (string.Equals(ChannelSlug(candidate), slug, StringComparison.Ordinal))
            {
                channel = candidate;
                return true;
            }
        }

        channel = default;
        return false;
    }

    /// <summary>The notice kind as it appears in links (<c>invoice-issued</c>, <c>payment-reminder</c>, ...).</summary>
    public static string KindSlug(NotificationKind kind) => kind switch
    {
        NotificationKind.InvoiceIssued => "invoice-issued",
        NotificationKind.PaymentReminder => "payment-reminder",
        NotificationKind.PaymentDemand => "payment-demand",
        NotificationKind.InterestNote => "interest-note",
        NotificationKind.ContractEnding => "contract-ending",
        NotificationKind.LegalizationExpiring => "legalization-expiring",
        NotificationKind.Outage => "outage",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown notice kind."),
    };

    /// <summary>Renders <paramref name="notice"/> for a customer.</summary>
    /// <param name="notice">The planned notice.</param>
    /// <param name="language">The customer's language.</param>
    /// <param name="customerName">The customer's name, for the greeting.</param>
    /// <param name="portalUrl">The portal's address.</param>
    /// <param name="zone">The time zone outage times are shown in.</param>
    /// <param name="withAttachment">True when the document's PDF goes with the e-mail (e-invoice).</param>
    public static RenderedNotice Render(PlannedNotice notice, PreferredLanguage language, string customerName, string portalUrl, TimeZoneInfo zone, bool withAttachment)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(zone);
        var english = language == PreferredLanguage.English;
        var culture = english ? English : Polish;
        var portal = portalUrl.TrimEnd('/');
        string Money(Money amount) => english
            ? "PLN " + amount.Amount.ToString("#,##0.00", culture)
            : amount.Amount.ToString("#,##0.00", culture) + " zł";
        string Day(DateOnly day) => english ? day.ToString("d MMMM yyyy", culture) : day.ToString("dd.MM.yyyy", culture);
        string Instant(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone).ToString(english ? "d MMMM yyyy, HH:mm" : "dd.MM.yyyy, 'godz.' HH:mm", culture);

        var content = notice.Subject switch
        {
            DocumentIssuedSubject { Document: var document } when notice.Kind == NotificationKind.InvoiceIssued => english
                ? new Content(
                    $"Invoice {document.Number}: {Money(document.Gross)} due by {Day(document.DueDate)}",
                    [$"we have issued invoice {document.Number} dated {Day(document.IssueDate)} for {Money(document.Gross)}, due by {Day(document.DueDate)}.",
                        withAttachment ? "The invoice is attached to this message as a PDF (e-invoice)." : $"You can download it in iBOK: {portal}/faktury"],
                    null,
                    $"iBOK: invoice {document.Number}, {Money(document.Gross)}, due {Day(document.DueDate)}. {portal}/faktury")
                : new Content(
                    $"Faktura {document.Number} – {Money(document.Gross)} do zapłaty do {Day(document.DueDate)}",
                    [$"wystawiliśmy fakturę nr {document.Number} z dnia {Day(document.IssueDate)} na kwotę {Money(document.Gross)}. Termin płatności: {Day(document.DueDate)}.",
                        withAttachment ? "Faktura jest w załączniku tej wiadomości (e-faktura, PDF)." : $"Fakturę pobierzesz w iBOK: {portal}/faktury"],
                    null,
                    $"iBOK: faktura {document.Number} na {Money(document.Gross)}, termin płatności {Day(document.DueDate)}. {portal}/faktury"),
            DocumentIssuedSubject { Document: var note } => english
                ? new Content(
                    $"Interest note {note.Number}: {Money(note.Gross)}",
                    [$"we have issued interest note {note.Number} dated {Day(note.IssueDate)} for late-payment interest of {Money(note.Gross)}, due by {Day(note.DueDate)}.",
                        withAttachment ? "The note is attached to this message as a PDF." : $"You can download it in iBOK: {portal}/faktury"],
                    null,
                    $"iBOK: interest note {note.Number}, {Money(note.Gross)}, due {Day(note.DueDate)}.")
                : new Content(
                    $"Nota odsetkowa {note.Number} – {Money(note.Gross)}",
                    [$"wystawiliśmy notę odsetkową nr {note.Number} z dnia {Day(note.IssueDate)} na kwotę {Money(note.Gross)} (odsetki za opóźnienie w zapłacie). Termin płatności: {Day(note.DueDate)}.",
                        withAttachment ? "Nota jest w załączniku tej wiadomości (PDF)." : $"Notę pobierzesz w iBOK: {portal}/faktury"],
                    null,
                    $"iBOK: nota odsetkowa {note.Number} na {Money(note.Gross)}, termin {Day(note.DueDate)}."),
            PaymentReminderSubject { Document: var due } => english
                ? new Content(
                    $"Reminder: {due.Number} is due on {Day(due.DueDate)}",
                    [$"a friendly reminder: {Money(due.Outstanding)} of document {due.Number} is due on {Day(due.DueDate)}.", "If you have already paid, please ignore this message."],
                    null,
                    $"iBOK: {Money(due.Outstanding)} of {due.Number} is due on {Day(due.DueDate)}.")
                : new Content(
                    $"Przypomnienie: termin płatności {due.Number} mija {Day(due.DueDate)}",
                    [$"przypominamy, że {Day(due.DueDate)} mija termin zapłaty {Money(due.Outstanding)} za dokument {due.Number}.", "Jeśli już zapłaciłeś, zignoruj tę wiadomość."],
                    null,
                    $"iBOK: {Day(due.DueDate)} mija termin zapłaty {Money(due.Outstanding)} za {due.Number}."),
            PaymentDemandSubject demand => english
                ? new Content(
                    $"Payment demand: {Money(demand.Total)} overdue",
                    ["the following documents are overdue. Please pay them to avoid late-payment interest:", $"Total overdue: {Money(demand.Total)}."],
                    [.. demand.Overdue.Select(d => $"{d.Number}, due {Day(d.DueDate)}, unpaid {Money(d.Outstanding)}")],
                    $"iBOK: payment demand, {demand.Overdue.Count} overdue document(s), total {Money(demand.Total)}. {portal}/rozliczenia")
                : new Content(
                    $"Wezwanie do zapłaty – zaległość {Money(demand.Total)}",
                    ["wzywamy do zapłaty zaległych należności. Po terminie naliczamy odsetki ustawowe za opóźnienie. Nieopłacone dokumenty:", $"Razem do zapłaty: {Money(demand.Total)}."],
                    [.. demand.Overdue.Select(d => $"{d.Number}, termin {Day(d.DueDate)}, do zapłaty {Money(d.Outstanding)}")],
                    $"iBOK: wezwanie do zapłaty, zaległe dokumenty: {demand.Overdue.Count}, razem {Money(demand.Total)}. {portal}/rozliczenia"),
            ContractEndingSubject ending => english
                ? new Content(
                    $"Your contract {ending.Contract.Number} ends on {Day(ending.EndDate)}",
                    [$"your fixed-term contract {ending.Contract.Number} ends on {Day(ending.EndDate)}.", "To keep the supply going, apply for a new contract in iBOK or at our office before that day."],
                    null,
                    $"iBOK: contract {ending.Contract.Number} ends on {Day(ending.EndDate)}.")
                : new Content(
                    $"Umowa {ending.Contract.Number} kończy się {Day(ending.EndDate)}",
                    [$"Twoja umowa terminowa nr {ending.Contract.Number} kończy się {Day(ending.EndDate)}.", "Aby dostawy trwały dalej, złóż przed tym dniem wniosek o nową umowę w iBOK lub w naszym biurze."],
                    null,
                    $"iBOK: umowa {ending.Contract.Number} kończy się {Day(ending.EndDate)}."),
            LegalizationExpiringSubject { Meter: var meter } => english
                ? new Content(
                    $"Meter {meter.SerialNumber}: legalization expires on {Day(meter.LegalizationValidUntil)}",
                    [$"the legalization of meter {meter.SerialNumber} is valid until {Day(meter.LegalizationValidUntil)}.", "We will contact you to replace it; please let our fitter in."],
                    null,
                    $"iBOK: meter {meter.SerialNumber} legalization expires {Day(meter.LegalizationValidUntil)}; we will replace it.")
                : new Content(
                    $"Legalizacja wodomierza {meter.SerialNumber} wygasa {Day(meter.LegalizationValidUntil)}",
                    [$"legalizacja licznika nr {meter.SerialNumber} jest ważna do {Day(meter.LegalizationValidUntil)}.", "Skontaktujemy się w sprawie jego wymiany; prosimy o udostępnienie licznika naszemu monterowi."],
                    null,
                    $"iBOK: legalizacja licznika {meter.SerialNumber} wygasa {Day(meter.LegalizationValidUntil)}; wymienimy go."),
            OutageSubject { Outage: var outage } => english
                ? new Content(
                    $"{(outage.Kind == OutageKind.Failure ? "Outage" : "Planned shutdown")}: {outage.Title}",
                    [outage.Description, $"From {Instant(outage.Starts)}" + (outage.ExpectedEnd is { } endEn ? $" until about {Instant(endEn)}." : ".")],
                    null,
                    $"iBOK: {outage.Title}, from {Instant(outage.Starts)}" + (outage.ExpectedEnd is { } smsEndEn ? $" to {Instant(smsEndEn)}." : "."))
                : new Content(
                    $"{(outage.Kind == OutageKind.Failure ? "Awaria" : "Planowane wyłączenie")}: {outage.Title}",
                    [outage.Description, $"Od {Instant(outage.Starts)}" + (outage.ExpectedEnd is { } endPl ? $" do około {Instant(endPl)}." : ".")],
                    null,
                    $"iBOK: {outage.Title}, od {Instant(outage.Starts)}" + (outage.ExpectedEnd is { } smsEndPl ? $" do {Instant(smsEndPl)}." : ".")),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.Subject.GetType().Name, "No template for this notice subject."),
        };

        var unsubscribe = UnsubscribeUrl(portal, notice.Kind);
        var greeting = english ? $"Dear {customerName}," : "Dzień dobry,";
        var first = content.Paragraphs[0];
        content = content with { Paragraphs = [char.ToUpper(first[0], culture) + first[1..], .. content.Paragraphs.Skip(1)] };
        var footer = english
            ? $"This message was sent automatically by iBOK. To stop receiving this kind of notice by e-mail: {unsubscribe}"
            : $"Wiadomość wysłana automatycznie przez iBOK. Aby nie otrzymywać powiadomień tego rodzaju e-mailem: {unsubscribe}";
        return new RenderedNotice(content.Subject, Text(greeting, content, footer), Html(greeting, content, footer, unsubscribe, english), content.Sms, unsubscribe);
    }

    private static string Text(string greeting, Content content, string footer)
    {
        var text = new StringBuilder();
        text.Append(greeting).Append("\n\n").Append(content.Paragraphs[0]).Append('\n');
        if (content.List is { } list)
        {
            text.Append('\n');
            foreach (var item in list)
            {
                text.Append("- ").Append(item).Append('\n');
            }
        }

        foreach (var paragraph in content.Paragraphs.Skip(1))
        {
            text.Append('\n').Append(paragraph).Append('\n');
        }

        return text.Append("\n-- \n").Append(footer).Append('\n').ToString();
    }

    private static string Html(string greeting, Content content, string footer, string unsubscribe, bool english)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(english ? "en" : "pl").Append("\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(E(content.Subject)).Append("</title></head>\n<body style=\"font-family: sans-serif\">\n");
        html.Append("<p>").Append(E(greeting)).Append("</p>\n<p>").Append(E(content.Paragraphs[0])).Append("</p>\n");
        if (content.List is { } list)
        {
            html.Append("<ul>\n");
            foreach (var item in list)
            {
                html.Append("<li>").Append(E(item)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        foreach (var paragraph in content.Paragraphs.Skip(1))
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        var linkText = english ? "Unsubscribe from this kind of notice" : "Wypisz się z tego rodzaju powiadomień";
        var footerText = footer[..footer.IndexOf(':', StringComparison.Ordinal)];
        html.Append("<hr>\n<p style=\"font-size: smaller\">").Append(E(footerText)).Append(": <a href=\"").Append(E(unsubscribe)).Append("\">")
            .Append(E(linkText)).Append("</a></p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private sealed record Content(string Subject, IReadOnlyList<string> Paragraphs, IReadOnlyList<string>? List, string Sms);
}
