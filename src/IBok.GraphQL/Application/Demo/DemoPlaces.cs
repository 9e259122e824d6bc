namespace IBok.GraphQL.Application.Demo;

/// <summary>The three towns the demo utility supplies, with streets found in most Polish towns, so outage notices can
/// name streets that really have customers.</summary>
internal static class DemoPlaces
{
    public static IReadOnlyList<DemoTown> Towns { get; } =
    [
        new("Strzelce Opolskie", "47-100",
        [
            "Mickiewicza", "Kościuszki", "Opolska", "Krakowska", "Powstańców Śląskich", "Słowackiego", "Marka Prawego",
            "Ogrodowa", "Lipowa", "Kasztanowa", "Jana Pawła II", "Piastowska", "Zielona", "Gliwicka", "Toszecka",
            "Parkowa", "Szkolna", "1 Maja", "Wałowa", "Kozielska", "Chopina", "Żeromskiego",
        ]),
        new("Zawadzkie", "47-120",
        [
            "Opolska", "Dębowa", "Kościuszki", "Żeromskiego", "Strzelecka", "Świerkowa", "Leśna", "Okrzei",
            "Powstańców Śląskich", "Stawowa", "Ogrodowa", "Kolejowa",
        ]),
        new("Kolonowskie", "47-110",
        [
            "Ogrodowa", "Dąbrowskiego", "Kolejowa", "Opolska", "Wiejska", "Głowackiego", "Kościuszki", "Moniuszki",
            "Szkolna", "Polna",
        ]),
    ];

    /// <summary>Cumulative shares of customers per town: most live in the largest.</summary>
    public static IReadOnlyList<double> TownShares { get; } = [0.58, 0.83, 1.0];

    /// <summary>Streets lined with blocks of flats: addresses there get an apartment number.</summary>
    public static IReadOnlySet<string> BlockStreets { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Marka Prawego", "Jana Pawła II", "Piastowska", "Powstańców Śląskich", "Żeromskiego", "Okrzei", "Moniuszki",
    };

    /// <summary>The seller's seat.</summary>
    public static DemoTown SellerTown => Towns[0];
}
