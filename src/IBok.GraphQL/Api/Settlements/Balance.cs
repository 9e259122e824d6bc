using IBok.GraphQL.Api.Common;
using IBok.GraphQL.Application.CustomerReads;

namespace IBok.GraphQL.Api.Settlements;

/// <summary>What the customer owes or has overpaid today.</summary>
public sealed class Balance
{
    private readonly Settlement _settlement;

    internal Balance(Settlement settlement) => _settlement = settlement;

    /// <summary>The day the figures describe (today, the utility's calendar).</summary>
    public DateOnly AsOf => _settlement.Today;

    /// <summary>Documents issued so far less payments, plus refunds: positive when the customer owes, negative when overpaid.</summary>
    public MoneyValue Amount => MoneyValue.From(_settlement.Balance);

    /// <summary>What is still to pay on the documents issued so far.</summary>
    public MoneyValue ToPay => MoneyValue.From(_settlement.ToPay);

    /// <summary>The part of <see cref="ToPay"/> past its due date.</summary>
    public MoneyValue Overdue => MoneyValue.From(_settlement.Overdue);

    /// <summary>The overpayment (nadpłata) not yet used or refunded.</summary>
    public MoneyValue Overpaid => MoneyValue.From(_settlement.Overpaid);

    /// <summary>The open document due first (an overdue one when there is one); null when nothing is to pay.</summary>
    public DuePayment? NextDuePayment => _settlement.NextDue is { } next
        ? new DuePayment(next.Document.Number, next.Document.DueDate, MoneyValue.From(next.Outstanding), next.Document.DueDate < _settlement.Today)
        : null;
}

/// <summary>A payment the customer has to make.</summary>
/// <param name="DocumentNumber">The document to pay.</param>
/// <param name="DueDate">Its due date.</param>
/// <param name="Amount">What is left to pay on it.</param>
/// <param name="IsOverdue">Whether the due date has passed.</param>
public sealed record DuePayment(string DocumentNumber, DateOnly DueDate, MoneyValue Amount, bool IsOverdue);
