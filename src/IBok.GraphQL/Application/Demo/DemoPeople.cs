using System.Globalization;
using System.Text;
using Bogus;
using IBok.Domain.Customers;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Polish names, business names, e-mail addresses, phone numbers and NIPs, drawn from one seeded source.</summary>
/// <remarks>Surnames come from Bogus's Polish locale and are put into the feminine form for women (Kowalski → Kowalska);
/// first names are the common ones of the people who have water contracts (Bogus's list is full of rare ones).
/// E-mail addresses use the reserved domains example.com/.net/.org (RFC 2606), so a demo server wired to a real SMTP
/// server cannot mail anyone.</remarks>
internal sealed class DemoPeople
{
    private static readonly string[] MaleFirstNames =
    [
        "Jan", "Andrzej", "Piotr", "Krzysztof", "Stanisław", "Tomasz", "Paweł", "Józef", "Marcin", "Marek", "Michał",
        "Grzegorz", "Jerzy", "Tadeusz", "Adam", "Łukasz", "Zbigniew", "Ryszard", "Dariusz", "Henryk", "Mariusz",
        "Kazimierz", "Wojciech", "Robert", "Mateusz", "Zdzisław", "Jacek", "Bartłomiej", "Sławomir", "Mirosław",
    ];

    private static readonly string[] FemaleFirstNames =
    [
        "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Zofia",
        "Teresa", "Magdalena", "Joanna", "Danuta", "Monika", "Jadwiga", "Beata", "Aleksandra", "Halina", "Irena",
        "Dorota", "Bożena", "Grażyna", "Urszula", "Jolanta", "Renata", "Helena", "Weronika", "Łucja", "Żaneta",
    ];

    private static readonly string[] BusinessPatterns =
    [
        "Piekarnia „{0}” s.c.", "Zakład Usług Remontowych {1}", "Sklep Spożywczy „{0}” {1}", "{1} — Usługi Ogólnobudowlane",
        "Przychodnia Rodzinna „Zdrowie” Sp. z o.o.", "Warsztat Samochodowy {1}", "Gospodarstwo Ogrodnicze {1}",
        "Pensjonat „Pod Lipami” {1}", "Zakład Fryzjerski „{0}”", "Przedsiębiorstwo Handlowo-Usługowe „{0}” Sp. z o.o.",
        "Kancelaria Notarialna {1}", "Hotel „Stara Kuźnia” Sp. z o.o.", "Pralnia „Perełka” {1}", "Restauracja „Pod Dębem” s.c.",
    ];

    /// <summary>The business demo customer: a guest house, which needs much water and heat all year.</summary>
    public const string DemoBusinessName = "Pensjonat „Pod Lipami” Sp. z o.o.";

    private static readonly string[] BusinessNicknames = ["Kłos", "Jutrzenka", "Sezam", "Bławatek", "Żurawie", "Słonecznik", "Promyk", "Źródełko"];

    private static readonly string[] EmailDomains = ["example.com", "example.net", "example.org"];

    private readonly Faker faker;
    private readonly HashSet<string> usedEmails = new(StringComparer.Ordinal);

    public DemoPeople(int seed)
    {
        faker = new Faker("pl") { Random = new Randomizer(seed) };
    }

    /// <summary>A person's full name, first name first.</summary>
    public (string FirstName, string LastName) Person(Random random, bool female)
    {
        var first = female ? Pick(random, FemaleFirstNames) : Pick(random, MaleFirstNames);
        var last = faker.Name.LastName();
        return (first, female ? Feminine(last) : last);
    }

    /// <summary>A business's name, often built from its owner's.</summary>
    public string Business(Random random, string ownerFullName) =>
        string.Format(CultureInfo.InvariantCulture, Pick(random, BusinessPatterns), Pick(random, BusinessNicknames), ownerFullName);

    /// <summary>A unique e-mail address made from the name, without Polish letters: <c>anna.zolkiewska@example.com</c>.</summary>
    public string Email(Random random, string firstName, string lastName)
    {
        var local = Ascii(firstName) + "." + Ascii(lastName);
        var domain = Pick(random, EmailDomains);
        var candidate = local + "@" + domain;
        for (var suffix = 2; !usedEmails.Add(candidate); suffix++)
        {
            candidate = local + suffix.ToString(CultureInfo.InvariantCulture) + "@" + domain;
        }

        return candidate;
    }

    /// <summary>Reserves an address chosen elsewhere (a business's office address), so no customer gets it again.</summary>
    public string ReserveEmail(string localPart)
    {
        var candidate = localPart + "@example.com";
        for (var suffix = 2; !usedEmails.Add(candidate); suffix++)
        {
            candidate = localPart + suffix.ToString(CultureInfo.InvariantCulture) + "@example.com";
        }

        return candidate;
    }

    /// <summary>A Polish mobile number: nine digits starting with 5, 6, 7 or 8.</summary>
    public static string MobilePhone(Random random) =>
        "+48" + "5678"[random.Next(4)] + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>A NIP with a valid check digit (digits whose weighted sum gives 10 are drawn again).</summary>
    public static Nip Nip(Random random)
    {
        int[] weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        while (true)
        {
            var digits = new char[10];
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                var digit = i == 0 ? random.Next(1, 10) : random.Next(10);
                digits[i] = (char)('0' + digit);
                sum += digit * weights[i];
            }

            if (sum % 11 != 10)
            {
                digits[9] = (char)('0' + (sum % 11));
                return IBok.Domain.Customers.Nip.Parse(new string(digits));
            }
        }
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The feminine form of a Polish surname: adjectival -ski/-cki/-dzki become -ska/-cka/-dzka, others stay.</summary>
    internal static string Feminine(string surname) =>
        surname.EndsWith("ski", StringComparison.Ordinal) || surname.EndsWith("cki", StringComparison.Ordinal) || surname.EndsWith("dzki", StringComparison.Ordinal)
            ? surname[..^1] + "a"
            : surname;

    /// <summary>Lower-case ASCII for e-mail addresses: Polish letters lose their marks, anything else but letters and digits goes.</summary>
    internal static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var plain = c switch
            {
                'ą' => 'a',
                'ć' => 'c',
                'ę' => 'e',
                'ł' => 'l',
                'ń' => 'n',
                'ó' => 'o',
                'ś' => 's',
                'ź' or 'ż' => 'z',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(plain))
            {
                builder.Append(plain);
            }
        }

        return builder.ToString();
    }
}
