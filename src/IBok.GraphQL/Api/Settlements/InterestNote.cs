using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Persistence.Model.Interest;

namespace IBok.GraphQL.Api.Settlements;

/// <summary>An interest note (nota odsetkowa) for payments made after their due dates.</summary>
public sealed class InterestNote
{
    private readonly InterestNoteRow _row;

    internal InterestNote(InterestNoteRow row) => _row = row;

    /// <summary>The note's number.</summary>
    public string Number => _row.Number;

    /// <summary>The issue date.</summary>
    public DateOnly IssueDate => _row.IssueDate;

    /// <summary>The due date.</summary>
    public DateOnly DueDate => _row.DueDate;

    /// <summary>The interest charged in total.</summary>
    public MoneyValue Total => MoneyValue.FromGrosze(_row.TotalGrosz);

    /// <summary>One line per document paid late.</summary>
    public IReadOnlyList<InterestNoteLine> Lines => [.. _row.Lines.OrderBy(line => line.Id).Select(line => new InterestNoteLine(
        line.DocumentNumber, MoneyValue.FromGrosze(line.AmountPaidLateGrosz), line.DueDate, line.PaidOn, line.Days, MoneyValue.FromGrosze(line.InterestGrosz)))];
}

/// <summary>The interest on one late payment.</summary>
/// <param name="DocumentNumber">The document paid late.</param>
/// <param name="AmountPaidLate">The amount paid late.</param>
/// <param name="DueDate">The document's due date.</param>
/// <param name="PaidOn">The day it was paid.</param>
/// <param name="Days">The days of delay.</param>
/// <param name="Interest">The interest.</param>
public sealed record InterestNoteLine(string DocumentNumber, MoneyValue AmountPaidLate, DateOnly DueDate, DateOnly PaidOn, int Days, MoneyValue Interest);
