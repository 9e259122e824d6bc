using System.Globalization;
using IBok.Domain;
using IBok.Domain.Billing;
using IBok.Domain.Customers;
using IBok.Domain.Interest;
using IBok.Domain.Settlements;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Payments, interest notes and the ledger.</summary>
internal sealed partial class DemoCustomerFactory
{
    private static Ledger BuildLedger(string customerNumber, List<Invoice> invoices, List<DemoInterestNote> notes, List<Payment> payments)
    {
        var ledger = Ledger.Empty(customerNumber);
        foreach (var invoice in invoices)
        {
            ledger = ledger.Post(invoice.ToLedgerDocument()).LedgerOrThrow();
        }

        foreach (var note in notes)
        {
            ledger = ledger.Post(note.Note.ToLedgerDocument(note.DueDate)).LedgerOrThrow();
        }

        foreach (var payment in payments)
        {
            ledger = ledger.Post(payment).LedgerOrThrow();
        }

        return ledger;
    }

    private List<Payment> DrawPayments(int index, Profile profile, string customerNumber, List<Invoice> invoices)
    {
        var payments = new List<Payment>(invoices.Count + 2);
        var overdue = invoices.Count(invoice => invoice.DueDate < today);
        var unpaidFrom = profile.Habit == PaymentHabit.Arrears ? Math.Max(1, overdue - random.Next(2, 5)) : int.MaxValue;
        var lastPaid = -1;
        var plannedDates = new DateOnly?[invoices.Count];
        for (var i = 0; i < invoices.Count; i++)
        {
            var invoice = invoices[i];
            if (i >= unpaidFrom)
            {
                continue;
            }

            var late = profile.Habit switch
            {
                PaymentHabit.Late when index == HouseholdIndex => i % 4 == 1,
                PaymentHabit.Late => Chance(0.5),
                PaymentHabit.Arrears => Chance(0.3),
                _ => false,
            };
            var paidOn = late
                ? invoice.DueDate.AddDays(index == HouseholdIndex ? random.Next(40, 61) : random.Next(5, 76))
                : invoice.DueDate.AddDays(-random.Next(0, 9));
            if (paidOn <= invoice.IssueDate)
            {
                paidOn = invoice.IssueDate.AddDays(1);
            }

            if (paidOn <= today)
            {
                plannedDates[i] = paidOn;
                lastPaid = i;
            }
        }

        for (var i = 0; i < invoices.Count; i++)
        {
            if (plannedDates[i] is not { } paidOn)
            {
                continue;
            }

            var amount = invoices[i].AmountDue;
            if (profile.Habit == PaymentHabit.Overpays && i == lastPaid)
            {
                // A round sum above the amount due, as people pay at the post office.
                amount = Money.Pln((decimal.Floor(amount.Amount / 50m) + 1m) * 50m);
            }

            payments.Add(new Payment(PaymentId(customerNumber, paidOn, payments.Count + 1), paidOn, amount, invoices[i].Number));
        }

        payments.Sort((left, right) => left.ValueDate.CompareTo(right.ValueDate));
        return payments;
    }

    /// <summary>Issues an interest note every 15 January and 15 July on the payments made late since the last one.</summary>
    /// <remarks>The notes are generated from a ledger of only the invoices paid late and their payments. That gives the
    /// same allocations as the whole ledger, because every generated payment names its document and pays exactly its
    /// amount (only punctual overpayers pay more), and it keeps the ledger's replay of every entry on every posting off
    /// the other documents.</remarks>
    private void IssueInterestNotes(Profile profile, string customerNumber, List<Invoice> invoices, List<DemoInterestNote> notes, List<Payment> payments)
    {
        var byNumber = invoices.ToDictionary(invoice => invoice.Number, StringComparer.Ordinal);
        var lateLedger = Ledger.Empty(customerNumber);
        foreach (var payment in payments)
        {
            if (payment.DocumentNumber is { } paid && byNumber.TryGetValue(paid, out var invoice) && payment.ValueDate > invoice.DueDate)
            {
                lateLedger = lateLedger.Post(invoice.ToLedgerDocument()).LedgerOrThrow().Post(payment).LedgerOrThrow();
            }
        }

        if (lateLedger.Payments.Count == 0)
        {
            return;
        }

        var table = LateInterestTables.For(profile.Business ? CustomerKind.Business : CustomerKind.Household);
        var charged = new HashSet<InterestChargeKey>();
        var notePayments = new List<Payment>();
        for (var day = new DateOnly(historyStart.Year, 1, 15); day <= today; day = day.AddMonths(6))
        {
            if (day <= historyStart)
            {
                continue;
            }

            var result = InterestNoteGenerator.Generate(lateLedger, "pending", day, table, options.InterestNoteMinimum, charged);
            if (result.Note is not { } pending)
            {
                continue;
            }

            var note = pending with { Number = sequences.NextNumber(DemoNumbering.InterestNoteSeries, day) };
            charged.UnionWith(note.ChargedKeys);
            notes.Add(new DemoInterestNote(note, day.AddDays(InterestNoteTermDays)));
            var paidOn = day.AddDays(random.Next(5, 26));
            if (profile.Habit == PaymentHabit.Late && paidOn <= today && Chance(0.8))
            {
                notePayments.Add(new Payment(PaymentId(customerNumber, paidOn, payments.Count + notePayments.Count + 1), paidOn, note.Total, note.Number));
            }
        }

        payments.AddRange(notePayments);
        payments.Sort((left, right) => left.ValueDate.CompareTo(right.ValueDate));
    }

    private static string PaymentId(string customerNumber, DateOnly day, int ordinal) =>
        "WB/" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "/" + customerNumber + "/" + ordinal.ToString(CultureInfo.InvariantCulture);
}
