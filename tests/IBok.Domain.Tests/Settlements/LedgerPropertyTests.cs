using FsCheck;
using FsCheck.Fluent;
using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Settlements;

public sealed class LedgerPropertyTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    // Each generated int seeds one entry, so shrinking removes whole entries. Numbers and ids come from small pools so
    // repeated and conflicting postings happen often.
    private static object EntryFrom(int seed)
    {
        var random = new Random(seed);
        var day = Start.AddDays(random.Next(90));
        var amount = Money.FromGrosze(random.Next(1, 100_000));
        return random.Next(10) switch
        {
            <= 3 => DebitDocument.Invoice("D" + random.Next(12), day, day.AddDays(random.Next(30)), amount),
            4 => DebitDocument.Correction("D" + random.Next(12), day, day.AddDays(random.Next(30)), random.Next(2) == 0 ? amount : -amount, random.Next(2) == 0 ? "D" + random.Next(12) : null),
            5 => DebitDocument.InterestNote("D" + random.Next(12), day, day.AddDays(random.Next(30)), amount),
            <= 8 => new Payment("T" + random.Next(12), day, amount, random.Next(2) == 0 ? "D" + random.Next(12) : null),
            _ => new Refund("T" + random.Next(12), day, Money.FromGrosze(random.Next(1, 20_000))),
        };
    }

    private static (Ledger Ledger, List<object> Accepted) PostAllowingRejections(IEnumerable<object> entries)
    {
        var ledger = Ledger.Empty("K-1");
        var accepted = new List<object>();
        foreach (var entry in entries)
        {
            var result = entry switch
            {
                DebitDocument d => ledger.Post(d),
                Payment p => ledger.Post(p),
                Refund r => ledger.Post(r),
                _ => throw new ArgumentException("Unknown entry."),
            };
            if (result.IsAccepted && !result.WasAlreadyPosted)
            {
                accepted.Add(entry);
            }

            ledger = result.Ledger;
        }

        return (ledger, accepted);
    }

    private static Arbitrary<List<object>> Postings() =>
        Gen.ListOf(Gen.Choose(0, int.MaxValue)).Select(seeds => seeds.Select(EntryFrom).ToList()).ToArbitrary();

    [Fact]
    public void Balance_OnEveryDay_IsOutstandingLessOpenCredit()
    {
        Prop.ForAll(Postings(), entries =>
            {
                var (ledger, _) = PostAllowingRejections(entries);
                for (var day = Start.AddDays(-1); day <= Start.AddDays(121); day = day.AddDays(1))
                {
                    var outstanding = Money.Sum(ledger.Documents.Select(d => ledger.StatusOf(d.Number, day).Outstanding));
                    var credit = ledger.OpenCreditOn(day);
                    var sumOfLedger = Money.Sum(ledger.Documents.Where(d => d.IssueDate <= day).Select(d => d.Amount))
                        - Money.Sum(ledger.Payments.Where(p => p.ValueDate <= day).Select(p => p.Amount))
                        + Money.Sum(ledger.Refunds.Where(r => r.PaidOn <= day).Select(r => r.Amount));
                    if (ledger.BalanceOn(day) != outstanding - credit || ledger.BalanceOn(day) != sumOfLedger || credit.IsNegative)
                    {
                        return false;
                    }
                }

                return true;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Allocations_NeverExceedDocumentsOrCredits()
    {
        Prop.ForAll(Postings(), entries =>
            {
                var (ledger, _) = PostAllowingRejections(entries);
                var documentsOk = ledger.Documents.Where(d => !d.IsCredit).All(d =>
                    Money.Sum(ledger.AllocationsOf(d.Number).Select(a => a.Amount)) <= d.Amount);
                var paymentsOk = ledger.Payments.All(p =>
                    Money.Sum(ledger.Allocations.Where(a => a.SourceKind == CreditSourceKind.Payment && a.SourceId == p.Id).Select(a => a.Amount)) <= p.Amount);
                var correctionsOk = ledger.Documents.Where(d => d.IsCredit).All(d =>
                    Money.Sum(ledger.Allocations.Where(a => a.SourceKind == CreditSourceKind.CreditCorrection && a.SourceId == d.Number).Select(a => a.Amount)) <= -d.Amount);
                var positive = ledger.Allocations.All(a => a.Amount.IsPositive);
                return documentsOk && paymentsOk && correctionsOk && positive;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Allocations_PlusOpenCreditPlusRefunds_EqualPaymentsPlusCreditCorrections()
    {
        Prop.ForAll(Postings(), entries =>
            {
                var (ledger, _) = PostAllowingRejections(entries);
                var end = DateOnly.MaxValue;
                var credits = Money.Sum(ledger.Payments.Select(p => p.Amount)) - Money.Sum(ledger.Documents.Where(d => d.IsCredit).Select(d => d.Amount));
                var used = Money.Sum(ledger.Allocations.Select(a => a.Amount)) + ledger.OpenCreditOn(end) + Money.Sum(ledger.Refunds.Select(r => r.Amount));
                return used == credits;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Post_AcceptedEntriesInAnyOrder_GiveTheSameAllocations()
    {
        Prop.ForAll(Postings(), entries =>
            {
                // Refunds go last: a refund posted before the payment that funds it is rightly rejected, and dropping
                // refunds can only leave more credit for the others, so the whole accepted set posts again.
                var (ledger, accepted) = PostAllowingRejections(entries);
                var reversedOrder = accepted.Where(e => e is not Refund).Reverse().Concat(accepted.OfType<Refund>());
                var (reversed, acceptedAgain) = PostAllowingRejections(reversedOrder);
                return acceptedAgain.Count == accepted.Count && ledger.Allocations.SequenceEqual(reversed.Allocations);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Post_EverythingTwice_ChangesNothing()
    {
        Prop.ForAll(Postings(), entries =>
            {
                var (once, accepted) = PostAllowingRejections(entries);
                var (twice, _) = PostAllowingRejections(accepted.Concat(accepted));
                return once.Allocations.SequenceEqual(twice.Allocations) && once.Documents.Count == twice.Documents.Count && once.Payments.Count == twice.Payments.Count;
            })
            .QuickCheckThrowOnFailure();
    }
}
