using FsCheck;
using FsCheck.Fluent;
using IBok.Domain.Payments;

namespace IBok.Domain.Tests.Payments;

public sealed class BankAccountNumberPropertyTests
{
    private static readonly Arbitrary<string> Bbans =
        Gen.ArrayOf(Gen.Choose(0, 9), 24).Select(digits => string.Concat(digits)).ToArbitrary();

    [Fact]
    public void FromBban_AlwaysPassesTheCheck()
    {
        Prop.ForAll(Bbans, bban => BankAccountNumber.TryParse(BankAccountNumber.FromBban(bban).ToDisplayString(), out var parsed, out _) && parsed.Value[2..] == bban)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AnySingleDigitChange_IsDetected()
    {
        Prop.ForAll(
                Bbans,
                Gen.Choose(0, 25).ToArbitrary(),
                Gen.Choose(1, 9).ToArbitrary(),
                (bban, position, shift) =>
                {
                    var digits = BankAccountNumber.FromBban(bban).Value.ToCharArray();
                    digits[position] = (char)('0' + ((digits[position] - '0' + shift) % 10));
                    return !BankAccountNumber.TryParse(new string(digits), out _, out _);
                })
            .QuickCheckThrowOnFailure();
    }
}
