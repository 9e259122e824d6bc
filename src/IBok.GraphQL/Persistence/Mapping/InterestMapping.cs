using System.Globalization;
using IBok.Domain.Interest;
using IBok.GraphQL.Persistence.Model.Interest;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>Interest rows ↔ IBok.Domain's <see cref="InterestNote"/>, <see cref="InterestRateTable"/> and
/// <see cref="InterestChargeKey"/>.</summary>
public static class InterestMapping
{
    /// <summary>The rate table named <paramref name="tableName"/> from its rows (other tables' rows are ignored).</summary>
    public static InterestRateTable ToRateTable(string tableName, IEnumerable<InterestRateRow> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return InterestRateTable.Create(
            tableName,
            rates.Where(rate => rate.TableName == tableName).Select(rate => new InterestRateChange(rate.EffectiveFrom, rate.AnnualRatePercent)));
    }

    /// <summary>The late payments already charged on a customer's notes (the generator's <c>alreadyCharged</c>).</summary>
    public static IReadOnlySet<InterestChargeKey> ChargedKeys(IEnumerable<InterestNoteLineRow> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Select(line => new InterestChargeKey(line.DocumentNumber, line.PaymentReference)).ToHashSet();
    }

    /// <summary>A new row, with its line rows, for a generated interest note.</summary>
    public static InterestNoteRow ToRow(InterestNote note, long customerId, DateOnly dueDate, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new InterestNoteRow
        {
            CustomerId = customerId,
            Number = note.Number,
            IssueDate = note.IssueDate,
            DueDate = dueDate,
            RateTableName = note.RateTableName,
            TotalGrosz = note.Total.Grosze,
            CreatedAt = createdAt,
            Lines = note.Lines.Select(line => new InterestNoteLineRow
            {
                CustomerId = customerId,
                DocumentNumber = line.DocumentNumber,
                PaymentReference = line.Key.PaymentId,
                AmountPaidLateGrosz = line.AmountPaidLate.Grosze,
                DueDate = line.DueDate,
                PaidOn = line.PaidOn,
                Days = line.Days,
                Rates = string.Join(';', line.Rates.Select(rate => rate.ToString(CultureInfo.InvariantCulture))),
                InterestGrosz = line.Interest.Grosze,
            }).ToList(),
        };
    }
}
