using IBok.Domain.Customers;
using IBok.Domain.Notices;
using IBok.GraphQL.Persistence.Model.Documents;
using IBok.GraphQL.Persistence.Model.Notices;

namespace IBok.GraphQL.Application.Demo;

/// <summary>The demo's notices (the generator's outages plus a few general announcements) and who gets them: every
/// customer with a premises in an outage's area, and every customer for the general ones, some read, some not.</summary>
internal sealed class DemoNotices
{
    private readonly List<(NoticeRow Row, Outage Outage)> outages = [];
    private readonly List<NoticeRow> general = [];
    private readonly DateOnly today;

    public DemoNotices(DemoUtility utility)
    {
        today = utility.Options.Today;
        var author = utility.Staff[0].Name;
        foreach (var outage in utility.Outages)
        {
            // Planned work is announced two days ahead; a failure as soon as the crew confirms it.
            var published = outage.Kind == OutageKind.PlannedShutdown ? outage.Starts.AddDays(-2) : outage.Starts.AddMinutes(20);
            var row = new NoticeRow
            {
                Kind = outage.Kind == OutageKind.Failure ? NoticeKind.Failure : NoticeKind.PlannedShutdown,
                Title = outage.Title,
                Body = outage.Description,
                Targeting = outage.Area.Streets.Count > 0 ? NoticeTargeting.Streets : NoticeTargeting.Area,
                TargetCity = outage.Area.City,
                PublishedAt = published.UtcDateTime,
                OutageStartsAt = outage.Starts.UtcDateTime,
                OutageEndsAt = outage.ExpectedEnd?.UtcDateTime,
                CreatedBy = author,
                CreatedAt = published.UtcDateTime,
                Streets = [.. outage.Area.Streets.Select(street => new NoticeStreetRow { Street = street })],
            };
            outages.Add((row, outage));
        }

        var julyFirst = new DateOnly(today.Month >= 7 ? today.Year : today.Year - 1, 7, 1);
        general.Add(Information(
            "Nowe ceny wody i ścieków od 1 lipca",
            "Od 1 lipca obowiązuje nowa taryfa za zbiorowe zaopatrzenie w wodę i zbiorowe odprowadzanie ścieków. Ceny netto wzrosły średnio o 5%. Szczegóły w zakładce Druki i dokumenty.",
            DemoCalendar.At(julyFirst.AddDays(-14), 9),
            author));
        general.Add(Information(
            "E-faktura: taniej i wygodniej",
            "Klienci, którzy wyrazili zgodę na e-fakturę, płacą opłatę abonamentową niższą o 1,00 zł netto miesięcznie. Zgodę można wyrazić w zakładce Zgody.",
            DemoCalendar.At(today.AddDays(-45), 10),
            author));
        general.Add(Information(
            "Godziny pracy Biura Obsługi Klienta",
            "Biuro Obsługi Klienta przy ul. Wodociągowej 2 jest czynne od poniedziałku do piątku w godzinach 7:30–15:30, w czwartki do 17:00. Sprawy można też załatwić w e-BOK przez całą dobę.",
            DemoCalendar.At(today.AddDays(-5), 8),
            author));
    }

    /// <summary>Every notice row, in the order they are stored.</summary>
    public IEnumerable<NoticeRow> Rows => outages.Select(outage => outage.Row).Concat(general);

    /// <summary>The deliveries to one customer (the customer's index decides, without randomness, what is read).</summary>
    public IEnumerable<NoticeDeliveryRow> DeliveriesFor(int index, long customerId, IEnumerable<Premises> premises)
    {
        var addresses = premises.Select(place => place.Address).ToList();
        foreach (var (row, outage) in outages)
        {
            if (!addresses.Any(outage.Area.Covers))
            {
                continue;
            }

            var delivered = row.PublishedAt!.Value;
            // An outage that is over has mostly been read; one under way or ahead is still news.
            var over = outage.ExpectedEnd is { } end && DateOnly.FromDateTime(end.Date) < today;
            yield return Delivery(customerId, row, delivered, over && index % 4 != 3 ? delivered.AddHours(5) : null);
        }

        for (var k = 0; k < general.Count; k++)
        {
            var row = general[k];
            var delivered = row.PublishedAt!.Value;
            yield return Delivery(customerId, row, delivered, (index + k) % 3 != 0 ? delivered.AddDays(1 + (index % 5)) : null);
        }
    }

    /// <summary>The downloadable forms (druki do pobrania).</summary>
    public static IEnumerable<DocumentRow> Forms(DemoUtility utility)
    {
        var published = DemoCalendar.At(utility.Options.Today.AddDays(-120), 9).UtcDateTime;
        var seller = utility.Seller.Name;
        yield return Form(
            "Wniosek o zawarcie umowy", "Umowy", "wniosek-o-zawarcie-umowy.pdf",
            "Dla właścicieli i zarządców nieruchomości przyłączonych do sieci wodociągowej lub kanalizacyjnej.",
            [seller, "", "Imię i nazwisko / nazwa odbiorcy:", "_______________________________________________",
             "PESEL / NIP:", "_______________________________________________", "Adres nieruchomości:",
             "_______________________________________________", "Zakres usług:  [ ] dostawa wody   [ ] odprowadzanie ścieków   [ ] ciepło",
             "Tytuł prawny do nieruchomości (własność, dzierżawa, najem):", "_______________________________________________",
             "", "Data i podpis wnioskodawcy: ______________________"],
            published);
        yield return Form(
            "Reklamacja", "Reklamacje", "reklamacja.pdf",
            "Reklamacja faktury, odczytu lub jakości usług; odpowiadamy w ciągu 14 dni.",
            [seller, "", "Numer klienta:", "_______________________________________________", "Numer faktury, której dotyczy reklamacja:",
             "_______________________________________________", "Opis i uzasadnienie reklamacji:", "_______________________________________________",
             "_______________________________________________", "Oczekiwany sposób załatwienia:", "_______________________________________________",
             "", "Data i podpis: ______________________"],
            published);
        yield return Form(
            "Zgłoszenie odczytu wodomierza", "Odczyty", "zgloszenie-odczytu.pdf",
            "Dla odbiorców, którzy nie korzystają z e-BOK: odczyt można przekazać w biurze lub pocztą.",
            [seller, "", "Numer klienta:", "_______________________________________________", "Numer fabryczny wodomierza:",
             "_______________________________________________", "Stan wodomierza (m³):", "_______________________________________________",
             "Data odczytu:", "_______________________________________________", "", "Podpis: ______________________"],
            published);
        yield return Form(
            "Wniosek o montaż podlicznika ogrodowego", "Umowy", "wniosek-podlicznik.pdf",
            "Woda zużyta do podlewania ogrodu nie jest wliczana do ścieków.",
            [seller, "", "Numer klienta:", "_______________________________________________", "Adres nieruchomości:",
             "_______________________________________________", "Proponowany termin odbioru technicznego:",
             "_______________________________________________", "", "Data i podpis: ______________________"],
            published);
    }

    private static DocumentRow Form(string title, string category, string fileName, string description, IReadOnlyList<string> lines, DateTime published)
    {
        var content = DemoFiles.FormPdf(title, lines);
        return new DocumentRow
        {
            Title = title,
            Description = description,
            Category = category,
            FileName = fileName,
            ContentType = "application/pdf",
            SizeBytes = content.Length,
            Content = content,
            PublishedAt = published,
        };
    }

    private static NoticeRow Information(string title, string body, DateTimeOffset published, string author) => new()
    {
        Kind = NoticeKind.Information,
        Title = title,
        Body = body,
        Targeting = NoticeTargeting.All,
        PublishedAt = published.UtcDateTime,
        CreatedBy = author,
        CreatedAt = published.UtcDateTime,
    };

    private static NoticeDeliveryRow Delivery(long customerId, NoticeRow notice, DateTime delivered, DateTime? read) => new()
    {
        CustomerId = customerId,
        NoticeId = notice.Id,
        DeliveredAt = delivered,
        ReadAt = read,
    };
}
