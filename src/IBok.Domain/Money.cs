using System.Globalization;

namespace IBok.Domain;

/// <summary>
/// An amount of Polish złoty, always a whole number of grosze.
/// </summary>
/// <remarks>
/// <para>iBOK bills only in PLN, so <see cref="Money"/> carries no currency code.</para>
/// <para>Every amount is rounded to the grosz when it is created, half away from zero
/// (below 0.5 gr down, 0.5 gr and above up, mirrored for negative amounts), the rule Polish
/// invoices use (art. 106e ust. 11 of the VAT act). Multiplication rounds its result the same way.
/// Division is deliberately not offered: use <see cref="Allocate(ReadOnlySpan{decimal})"/>,
/// which never loses or invents a grosz.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IFormattable
{
    private Money(decimal roundedAmount) => Amount = roundedAmount;

    /// <summary>Zero złoty.</summary>
    public static Money Zero => default;

    /// <summary>The amount in złoty, with exactly two decimal places of precision.</summary>
    public decimal Amount { get; }

    /// <summary>The amount in grosze (1 zł = 100 gr).</summary>
    public long Grosze => (long)(Amount * 100m);

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>True when the amount is above zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Creates an amount in złoty, rounded to the grosz half away from zero.</summary>
    /// <param name="amount">Any decimal amount; <c>1.005m</c> becomes 1.01 zł, <c>-1.005m</c> becomes -1.01 zł.</param>
    public static Money Pln(decimal amount) => new(RoundToGrosz(amount));

    /// <summary>Creates an amount from a whole number of grosze.</summary>
    public static Money FromGrosze(long grosze) => new(grosze / 100m);

    /// <summary>Rounds a decimal to the grosz, half away from zero: the rounding every <see cref="Money"/> uses.</summary>
    public static decimal RoundToGrosz(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    /// <summary>The smaller of two amounts.</summary>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>The sum of the amounts; zero for none.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        decimal total = 0m;
        foreach (var amount in amounts)
        {
            total += amount.Amount;
        }

        return new Money(total);
    }

    /// <summary>
    /// Splits this amount into parts proportional to <paramref name="ratios"/>, so that the parts always add up
    /// to exactly this amount.
    /// </summary>
    /// <remarks>
    /// Each part first gets its proportional share rounded toward zero to the grosz; the grosze left over are then
    /// handed out one at a time to the parts with the largest discarded fractions (the largest-remainder method),
    /// ties going to the earlier part. So 0.05 zł split 1:1 is 0.03 + 0.02 and 40.00 zł split 1:1:1 is
    /// 13.34 + 13.33 + 13.33. A negative amount is split the same way with every part negative.
    /// </remarks>
    /// <param name="ratios">Non-negative weights, at least one, not all zero.</param>
    /// <exception cref="ArgumentException">No ratios, a negative ratio, or all ratios zero.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios)
    {
        if (ratios.IsEmpty)
        {
            throw new ArgumentException("Allocation needs at least one ratio.", nameof(ratios));
        }

        decimal totalRatio = 0m;
        foreach (var ratio in ratios)
        {
            if (ratio < 0m)
            {
                throw new ArgumentException($"Allocation ratios must not be negative; got {ratio.ToString(CultureInfo.InvariantCulture)}.", nameof(ratios));
            }

            totalRatio += ratio;
        }

        if (totalRatio == 0m)
        {
            throw new ArgumentException("Allocation ratios must not all be zero.", nameof(ratios));
        }

        var sign = IsNegative ? -1L : 1L;
        var totalGrosze = Math.Abs(Grosze);
        var parts = new long[ratios.Length];
        var fractions = new decimal[ratios.Length];
        long allocated = 0;
        for (var i = 0; i < ratios.Length; i++)
        {
            var exact = totalGrosze * ratios[i] / totalRatio;
            parts[i] = (long)decimal.Truncate(exact);
            fractions[i] = exact - parts[i];
            allocated += parts[i];
        }

        for (var remaining = totalGrosze - allocated; remaining > 0; remaining--)
        {
            var best = -1;
            for (var i = 0; i < fractions.Length; i++)
            {
                if (ratios[i] > 0m && (best < 0 || fractions[i] > fractions[best]))
                {
                    best = i;
                }
            }

            parts[best]++;
            fractions[best] = -1m;
        }

        var result = new Money[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = FromGrosze(sign * parts[i]);
        }

        return result;
    }

    /// <summary>Splits this amount into <paramref name="count"/> parts as equal as the grosz allows, earlier parts receiving any extra grosz.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public Money[] Allocate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var ratios = new decimal[count];
        Array.Fill(ratios, 1m);
        return Allocate(ratios);
    }

    /// <summary>Adds two amounts.</summary>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    /// <summary>Subtracts one amount from another.</summary>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount);

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => new(-value.Amount);

    /// <summary>Multiplies an amount by a factor (a quantity or a rate) and rounds the product to the grosz, half away from zero.</summary>
    public static Money operator *(Money money, decimal factor) => Pln(money.Amount * factor);

    /// <summary>Multiplies an amount by a factor (a quantity or a rate) and rounds the product to the grosz, half away from zero.</summary>
    public static Money operator *(decimal factor, Money money) => Pln(money.Amount * factor);

    /// <summary>Compares amounts.</summary>
    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;

    /// <summary>Compares amounts.</summary>
    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    /// <summary>Equal amounts.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Different amounts.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Money other) => Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Grosze.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>The amount with two decimals and a dot, then " PLN", culture-independent: <c>1234.56 PLN</c>.</summary>
    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture) + " PLN";

    /// <summary>
    /// Formats the amount for people. With a Polish culture and format "C" or null: <c>1 234,56 zł</c>. With another
    /// culture: the number in that culture's format followed by " PLN". Format "N" gives the number alone. Without a
    /// format provider (as in <c>$"{money}"</c>) the result is the invariant <see cref="ToString()"/> form, so messages
    /// and logs never depend on the machine's culture.
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (formatProvider is null && string.IsNullOrEmpty(format))
        {
            return ToString();
        }

        var culture = formatProvider as CultureInfo ?? CultureInfo.InvariantCulture;
        var number = Amount.ToString("N2", culture);
        return format switch
        {
            "N" => number,
            null or "" or "C" => culture.TwoLetterISOLanguageName == "pl" ? number + " zł" : number + " PLN",
            _ => throw new FormatException($"Unknown Money format '{format}'; use \"C\" or \"N\"."),
        };
    }
}
