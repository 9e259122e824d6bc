namespace IBok.Domain.Tariffs;

/// <summary>The net prices of district heat in a tariff: a fixed fee for the ordered capacity and a variable fee for the heat supplied.</summary>
/// <remarks>Heat tariffs charge monthly for the ordered heat capacity and per GJ of heat delivered
/// (Rozporządzenie Ministra Klimatu i Środowiska z 7 kwietnia 2020 r. w sprawie szczegółowych zasad kształtowania
/// i kalkulacji taryf oraz rozliczeń z tytułu zaopatrzenia w ciepło, Dz.U. 2020 poz. 718, § 13).</remarks>
public sealed record HeatPrices
{
    /// <summary>Creates heat prices.</summary>
    /// <param name="fixedPerMegawattMonth">Net fixed fee per ordered MW per month, at most four decimals.</param>
    /// <param name="variablePerGigajoule">Net variable fee per GJ, at most four decimals.</param>
    /// <exception cref="ArgumentOutOfRangeException">A price is negative or has more than four decimals.</exception>
    public HeatPrices(decimal fixedPerMegawattMonth, decimal variablePerGigajoule)
    {
        FixedPerMegawattMonth = UnitPrice.Validate(fixedPerMegawattMonth, nameof(fixedPerMegawattMonth));
        VariablePerGigajoule = UnitPrice.Validate(variablePerGigajoule, nameof(variablePerGigajoule));
    }

    /// <summary>Net fixed fee per ordered MW per month.</summary>
    public decimal FixedPerMegawattMonth { get; }

    /// <summary>Net variable fee per GJ.</summary>
    public decimal VariablePerGigajoule { get; }
}
