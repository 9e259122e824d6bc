using System.Globalization;

namespace IBok.Domain.Interest;

/// <summary>A recovery compensation due for one late claim.</summary>
/// <param name="Claim">The claim (świadczenie pieniężne) the compensation is for.</param>
/// <param name="Euros">40, 70 or 100 EUR.</param>
/// <param name="EurToPlnRate">The PLN per EUR rate used.</param>
/// <param name="Amount">The compensation in PLN: euros × rate, rounded to the grosz half away from zero.</param>
public sealed record RecoveryCompensationAmount(Money Claim, int Euros, decimal EurToPlnRate, Money Amount);

/// <summary>
/// The flat compensation for recovery costs in commercial transactions (rekompensata za koszty odzyskiwania należności,
/// art. 10 ust. 1 of the act of 8 March 2013 on counteracting excessive delays in commercial transactions): due from a
/// business debtor for each late claim, without a demand, once interest for delay has become due.
/// </summary>
/// <remarks>
/// Art. 10 ust. 1: 40 EUR when the claim does not exceed 5,000 PLN; 70 EUR when it is above 5,000 PLN but below
/// 50,000 PLN; 100 EUR when it is 50,000 PLN or more. The euros are converted at the NBP average EUR rate of the last
/// working day of the month before the month the claim became due; the caller looks that rate up and passes it.
/// Households do not owe it.
/// </remarks>
public static class RecoveryCompensation
{
    /// <summary>The euros due for a claim of <paramref name="claim"/> (art. 10 ust. 1 pkt 1–3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The claim is not positive.</exception>
    public static int EurosFor(Money claim)
    {
        if (!claim.IsPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(claim), $"A recovery compensation is due on a positive claim; got {claim.ToString()}.");
        }

        if (claim <= Money.Pln(5_000m))
        {
            return 40;
        }

        return claim < Money.Pln(50_000m) ? 70 : 100;
    }

    /// <summary>The compensation for <paramref name="claim"/>, converted at <paramref name="eurToPlnRate"/> PLN per EUR.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The claim or the rate is not positive.</exception>
    public static RecoveryCompensationAmount For(Money claim, decimal eurToPlnRate)
    {
        if (eurToPlnRate <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(eurToPlnRate),
                string.Create(CultureInfo.InvariantCulture, $"The EUR rate must be positive; got {eurToPlnRate}."));
        }

        var euros = EurosFor(claim);
        return new RecoveryCompensationAmount(claim, euros, eurToPlnRate, Money.Pln(euros * eurToPlnRate));
    }
}
