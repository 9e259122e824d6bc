using IBok.Domain.Cases;
using IBok.GraphQL.Application.Staff.Cases;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.Web.Portal;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Staff;

/// <summary>The operators' case queue: open cases (or those of one status), earliest deadline first.</summary>
public sealed class IndexModel(CaseHandling handling) : PortalPageModel
{
    /// <summary>The most cases listed.</summary>
    public const int Limit = 200;

    /// <summary>Only cases in this status (a <see cref="CaseStatus"/> name); empty: every open case.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>The cases.</summary>
    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    /// <summary>Lists the queue.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Enum.TryParse<CaseStatus>(Status, ignoreCase: false, out var parsed) ? parsed : (CaseStatus?)null;
        Cases = await handling.QueueAsync(new CaseQueueFilter(status, null, OpenOnly: status is null, null), Limit, cancellationToken);
    }
}
