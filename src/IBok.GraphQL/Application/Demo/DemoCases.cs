using System.Globalization;
using IBok.Domain.Billing;
using IBok.Domain.Cases;
using IBok.Domain.Customers;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Plays a case through the domain's workflow up to a chosen status: the customer files it, staff register it
/// (which gives it its signature), work on it, ask, answer, resolve or reject it, each step a few hours after the last,
/// all before today.</summary>
internal static class DemoCases
{
    private sealed record Script(string Subject, string Filing, string StaffNote, string Question, string Reply, string Answer, string Resolution, string Rejection);

    public static Case Play(
        CaseKind kind,
        CaseStatus status,
        Customer customer,
        IReadOnlyList<Invoice> invoices,
        DemoStaffMember staffMember,
        DateOnly today,
        Random random,
        DemoSequences sequences)
    {
        var options = CaseOptions.Default;
        var script = ScriptFor(kind, invoices.Count > 0 ? invoices[^1] : null);
        var author = CaseActor.Customer(customer.Name);
        var staff = CaseActor.Staff(staffMember.Name);
        var filedOn = today.AddDays(-random.Next(4, 46));
        var at = DemoCalendar.At(filedOn, random.Next(8, 19), random.Next(60));
        IReadOnlyList<CaseAttachment> attachments = kind == CaseKind.Complaint
            ? [new CaseAttachment("wodomierz.jpg", "image/jpeg", random.Next(180_000, 2_400_000))]
            : [];
        var @case = Case.Submit(kind, customer.Number, script.Subject, new CaseMessage(author, script.Filing, at, attachments), options);
        if (status == CaseStatus.Submitted)
        {
            return @case;
        }

        at = Later(at, random);
        var prefix = options.PrefixFor(kind);
        var sequence = (int)sequences.Next("case:" + prefix + ":" + at.Year.ToString(CultureInfo.InvariantCulture));
        @case = @case.Register(sequence, at, staff, options);
        if (status == CaseStatus.Registered)
        {
            return @case;
        }

        at = Later(at, random);
        @case = @case.StartWork(at, staff, script.StaffNote);
        switch (status)
        {
            case CaseStatus.InProgress:
                return @case.AddMessage(new CaseMessage(staff, script.Answer, Later(at, random)));
            case CaseStatus.WaitingForCustomer:
                return @case.AskCustomer(new CaseMessage(staff, script.Question, Later(at, random)));
            case CaseStatus.Resolved:
                at = Later(at, random);
                @case = @case.AskCustomer(new CaseMessage(staff, script.Question, at));
                at = Later(at, random);
                @case = @case.AddMessage(new CaseMessage(author, script.Reply, at));
                return @case.Resolve(Later(at, random), staff, script.Resolution);
            default:
                return @case.Reject(Later(at, random), staff, script.Rejection);
        }
    }

    // A few hours later, during office hours or the evening; steps are short enough to end before today.
    private static DateTimeOffset Later(DateTimeOffset at, Random random) => at.AddHours(random.Next(2, 15)).AddMinutes(random.Next(60));

    private static Script ScriptFor(CaseKind kind, Invoice? invoice)
    {
        var number = invoice?.Number ?? "z ostatniego okresu";
        return kind switch
        {
            CaseKind.Complaint => new Script(
                "Reklamacja faktury " + number,
                "Dzień dobry, faktura " + number + " jest wyższa niż zwykle, a w domu nic się nie zmieniło. Proszę o sprawdzenie odczytu wodomierza i korektę faktury. W załączeniu zdjęcie licznika.",
                "Sprawdzamy odczyt i historię zużycia.",
                "Prosimy o podanie aktualnego stanu wodomierza oraz informację, czy w okresie rozliczeniowym nie wystąpił wyciek (np. cieknąca spłuczka).",
                "Aktualny stan wodomierza jest na zdjęciu. Faktycznie spłuczka przeciekała, naprawiliśmy ją w zeszłym tygodniu.",
                "Odczyt inkasenta zgadza się ze zdjęciem; analizujemy zużycie w poprzednich okresach.",
                "Odczyt jest prawidłowy, a wyższe zużycie wynikało z nieszczelnej spłuczki. Faktura pozostaje bez zmian.",
                "Faktura została wystawiona na podstawie odczytu potwierdzonego zdjęciem; reklamacja jest niezasadna."),
            CaseKind.Request => new Script(
                "Wniosek o montaż podlicznika ogrodowego",
                "Proszę o zgodę na montaż podlicznika do podlewania ogrodu oraz o informację, jakie dokumenty mam przygotować.",
                "Wniosek przekazany do działu technicznego.",
                "Prosimy o podanie średnicy instalacji w miejscu montażu oraz proponowanego terminu odbioru technicznego.",
                "Instalacja ma średnicę 1/2 cala. Odpowiada mi każdy termin w przyszłym tygodniu po godzinie 15.",
                "Technik skontaktuje się telefonicznie w celu uzgodnienia terminu oplombowania podlicznika.",
                "Podlicznik został oplombowany i wpisany do umowy; jego wskazania będą odliczane od ścieków.",
                "Posesja nie ma osobnego ujęcia ogrodowego, więc montaż podlicznika nie jest możliwy."),
            CaseKind.Question => new Script(
                "Termin odczytu wodomierza",
                "Kiedy inkasent przyjdzie odczytać wodomierz w tym okresie? Pracuję do 16 i chciałbym być w domu.",
                "Sprawdzamy harmonogram inkasentów.",
                "Czy może Pan podać odczyt samodzielnie w e-BOK? Wtedy wizyta inkasenta nie będzie potrzebna.",
                "Dobrze, podam odczyt przez e-BOK.",
                "Inkasent odwiedza Pana ulicę w ostatnim tygodniu okresu rozliczeniowego.",
                "Odczyt podany przez e-BOK został przyjęty; dziękujemy.",
                "Pytanie dotyczy posesji spoza naszego obszaru działania."),
            CaseKind.DataChange => new Script(
                "Zmiana adresu korespondencyjnego",
                "Proszę o zmianę adresu korespondencyjnego; faktury papierowe proszę wysyłać na nowy adres podany w e-BOK.",
                "Weryfikujemy dane.",
                "Prosimy o potwierdzenie, czy zmiana dotyczy również adresu do wysyłki not odsetkowych.",
                "Tak, wszystkie dokumenty proszę wysyłać na nowy adres.",
                "Zmiana zostanie wprowadzona po weryfikacji tożsamości.",
                "Adres korespondencyjny został zmieniony.",
                "Wniosek nie zawierał nowego adresu; prosimy złożyć go ponownie."),
            _ => new Script(
                "Zwrot nadpłaty",
                "Proszę o zwrot nadpłaty na mój rachunek bankowy zamiast zaliczania jej na poczet kolejnych faktur.",
                "Sprawdzamy saldo rozrachunków.",
                "Prosimy o podanie numeru rachunku bankowego, na który mamy przekazać zwrot.",
                "Numer rachunku podałem w załączonym formularzu.",
                "Nadpłata zostanie zwrócona w ciągu 14 dni.",
                "Nadpłata została zwrócona na wskazany rachunek.",
                "Na koncie nie ma nadpłaty do zwrotu."),
        };
    }
}
