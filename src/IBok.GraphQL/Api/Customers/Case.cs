using IBok.Domain.Cases;
using IBok.GraphQL.Application.CustomerReads;
using IBok.GraphQL.Application.CustomerReads.Loaders;
using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Customers;

/// <summary>A case (zgłoszenie): a complaint, request or question and where it stands.</summary>
[Node]
public sealed class Case
{
    private readonly CaseRow _row;

    internal Case(CaseRow row) => _row = row;

    /// <summary>The case's global id.</summary>
    public long Id => _row.Id;

    /// <summary>The signature (sygnatura), e.g. ZG/2026/000123; null until registered.</summary>
    public string? Signature => _row.Signature;

    /// <summary>Complaint, request, question, data change or refund.</summary>
    public CaseKind Kind => _row.Kind;

    /// <summary>The subject.</summary>
    public string Subject => _row.Subject;

    /// <summary>Where the case stands.</summary>
    public CaseStatus Status => _row.Status;

    /// <summary>When it was filed (UTC).</summary>
    public DateTime SubmittedAt => _row.SubmittedAt;

    /// <summary>The day by which the utility answers.</summary>
    public DateOnly ResponseDeadline => _row.ResponseDeadline;

    /// <summary>When it last changed (UTC).</summary>
    public DateTime UpdatedAt => _row.UpdatedAt;

    /// <summary>Fetches a case for <c>node(id:)</c>.</summary>
    [NodeResolver]
    public static async Task<Case?> GetAsync(long id, RowByIdLoader<CaseRow> cases, [Service] RequestCustomers customers, CancellationToken cancellationToken)
    {
        var row = await cases.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (row?.CustomerId is { } customerId)
        {
            customers.Add([customerId]);
        }

        return row is null ? null : new Case(row);
    }
}
