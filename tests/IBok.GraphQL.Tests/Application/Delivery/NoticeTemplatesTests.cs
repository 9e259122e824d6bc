using IBok.Domain;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Notices;
using IBok.GraphQL.Application.Delivery;

namespace IBok.GraphQL.Tests.Application.Delivery;

public sealed class NoticeTemplatesTests
{
    private static readonly NoticeDocument Invoice = new("FV/2026/03/000001", NoticeDocumentKind.Invoice, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 24), Money.Pln(1234.5m), Money.Pln(1234.5m));

    private static PlannedNotice Notice(NotificationKind kind, NoticeSubject subject) => new("100001", kind, NotificationChannel.Email, "anna@example.pl", subject, "100001:email:x");

    private static RenderedNotice Render(PlannedNotice notice, PreferredLanguage language = PreferredLanguage.Polish, bool attachment = false) =>
        NoticeTemplates.Render(notice, language, "Łucja Żółć", "https://ebok.example.pl/", TimeZoneInfo.Utc, attachment);

    [Fact]
    public void Render_InvoiceInPolishWithAttachment_NamesNumberAmountDueDateAndAttachment()
    {
        var rendered = Render(Notice(NotificationKind.InvoiceIssued, new DocumentIssuedSubject(Invoice)), attachment: true);

        Assert.Equal("Faktura FV/2026/03/000001 – 1 234,50 zł do zapłaty do 24.03.2026", rendered.Subject.Replace('\u00A0', ' '));
        Assert.Equal(
            "Dzień dobry,\n\nWystawiliśmy fakturę nr FV/2026/03/000001 z dnia 01.03.2026 na kwotę 1 234,50 zł. Termin płatności: 24.03.2026.\n\n" +
            "Faktura jest w załączniku tej wiadomości (e-faktura, PDF).\n\n-- \n" +
            "Wiadomość wysłana automatycznie przez iBOK. Aby nie otrzymywać powiadomień tego rodzaju e-mailem: https://ebok.example.pl/zgody/wypisz?rodzaj=invoice-issued&kanal=email\n",
            rendered.TextBody.Replace('\u00A0', ' '));
        Assert.Equal("https://ebok.example.pl/zgody/wypisz?rodzaj=invoice-issued&kanal=email", rendered.UnsubscribeUrl);
        Assert.Contains("<a href=\"https://ebok.example.pl/zgody/wypisz?rodzaj=invoice-issued&amp;kanal=email\">Wypisz się z tego rodzaju powiadomień</a>", rendered.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InvoiceInEnglish_IsEnglishWithPlnFirst()
    {
        var rendered = Render(Notice(NotificationKind.InvoiceIssued, new DocumentIssuedSubject(Invoice)), PreferredLanguage.English);

        Assert.Equal("Invoice FV/2026/03/000001: PLN 1,234.50 due by 24 March 2026", rendered.Subject);
        Assert.StartsWith("Dear Łucja Żółć,\n\nWe have issued invoice FV/2026/03/000001 dated 1 March 2026", rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", rendered.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PaymentDemand_ListsEveryOverdueDocumentAndTheTotal()
    {
        var older = new NoticeDocument("FV/2026/01/000007", NoticeDocumentKind.Invoice, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 26), Money.Pln(80m), Money.Pln(30m));
        var newer = new NoticeDocument("FV/2026/02/000009", NoticeDocumentKind.Invoice, new DateOnly(2026, 2, 5), new DateOnly(2026, 2, 26), Money.Pln(90m), Money.Pln(90m));

        var rendered = Render(Notice(NotificationKind.PaymentDemand, new PaymentDemandSubject([older, newer], Money.Pln(120m))));

        Assert.Equal("Wezwanie do zapłaty – zaległość 120,00 zł", rendered.Subject);
        Assert.Contains("- FV/2026/01/000007, termin 26.01.2026, do zapłaty 30,00 zł\n- FV/2026/02/000009, termin 26.02.2026, do zapłaty 90,00 zł\n", rendered.TextBody, StringComparison.Ordinal);
        Assert.Contains("<li>FV/2026/01/000007, termin 26.01.2026, do zapłaty 30,00 zł</li>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Razem do zapłaty: 120,00 zł.", rendered.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OutageTitleWithMarkup_IsEncodedInHtml()
    {
        var outage = new Outage("7", OutageKind.Failure, "Awaria <b>sieci</b>", "Brak wody & ciśnienia.", new OutageArea("Gniezno"),
            new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 10, 14, 30, 0, TimeSpan.Zero));

        var rendered = Render(Notice(NotificationKind.Outage, new OutageSubject(outage)));

        Assert.Equal("Awaria: Awaria <b>sieci</b>", rendered.Subject);
        Assert.Contains("<title>Awaria: Awaria &lt;b&gt;sieci&lt;/b&gt;</title>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<p>Brak wody &amp; ciśnienia.</p>", rendered.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Od 10.03.2026, godz. 08:00 do około 10.03.2026, godz. 14:30.", rendered.TextBody, StringComparison.Ordinal);
        Assert.Equal("iBOK: Awaria <b>sieci</b>, od 10.03.2026, godz. 08:00 do 10.03.2026, godz. 14:30.", rendered.SmsText);
    }

    public static TheoryData<NotificationKind, string, string> EveryKind => new()
    {
        { NotificationKind.InvoiceIssued, "Faktura FV/2026/03/000001", "invoice-issued" },
        { NotificationKind.InterestNote, "Nota odsetkowa NO/2026/03/000002", "interest-note" },
        { NotificationKind.PaymentReminder, "Przypomnienie: termin płatności FV/2026/03/000001 mija 24.03.2026", "payment-reminder" },
        { NotificationKind.PaymentDemand, "Wezwanie do zapłaty", "payment-demand" },
        { NotificationKind.ContractEnding, "Umowa UM/7 kończy się 31.03.2026", "contract-ending" },
        { NotificationKind.LegalizationExpiring, "Legalizacja wodomierza WM-1 wygasa 31.12.2026", "legalization-expiring" },
        { NotificationKind.Outage, "Planowane wyłączenie: Wymiana zasuwy", "outage" },
    };

    [Theory, MemberData(nameof(EveryKind))]
    public void Render_EveryKind_HasPolishSubjectSmsAndItsOwnUnsubscribeLink(NotificationKind kind, string subjectStart, string slug)
    {
        NoticeSubject subject = kind switch
        {
            NotificationKind.InvoiceIssued => new DocumentIssuedSubject(Invoice),
            NotificationKind.InterestNote => new DocumentIssuedSubject(Invoice with { Number = "NO/2026/03/000002", Kind = NoticeDocumentKind.InterestNote }),
            NotificationKind.PaymentReminder => new PaymentReminderSubject(Invoice),
            NotificationKind.PaymentDemand => new PaymentDemandSubject([Invoice], Invoice.Outstanding),
            NotificationKind.ContractEnding => new ContractEndingSubject(new NoticeContract("UM/7", new DateOnly(2026, 3, 31)), new DateOnly(2026, 3, 31)),
            NotificationKind.LegalizationExpiring => new LegalizationExpiringSubject(new NoticeMeter("WM-1", MeterKind.MainWater, new DateOnly(2026, 12, 31))),
            _ => new OutageSubject(new Outage("3", OutageKind.PlannedShutdown, "Wymiana zasuwy", "Prace na sieci.", new OutageArea("Gniezno"), new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero), null)),
        };

        var rendered = Render(Notice(kind, subject));

        Assert.StartsWith(subjectStart, rendered.Subject.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.StartsWith("iBOK: ", rendered.SmsText, StringComparison.Ordinal);
        Assert.Equal($"https://ebok.example.pl/zgody/wypisz?rodzaj={slug}&kanal=email", rendered.UnsubscribeUrl);
        Assert.EndsWith(rendered.UnsubscribeUrl + "\n", rendered.TextBody, StringComparison.Ordinal);
    }
}
