using IBok.Domain.Customers;
using IBok.GraphQL.Application.Consents;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Consents;

/// <summary>Where the unsubscribe page stands for the link's notice kind and channel.</summary>
public enum UnsubscribeState
{
    /// <summary>The link names an unknown kind or channel; nothing can be done.</summary>
    InvalidLink,

    /// <summary>The consent is given: the page asks to confirm withdrawing it.</summary>
    Granted,

    /// <summary>The consent was already withdrawn (or never given).</summary>
    AlreadyWithdrawn,

    /// <summary>The consent was just withdrawn by this page.</summary>
    Withdrawn,
}

/// <summary>
/// The target of every notice e-mail's unsubscribe link (<see cref="NoticeTemplates.UnsubscribeUrl"/>):
/// <c>/zgody/wypisz?rodzaj=&lt;kind&gt;&amp;kanal=email|sms</c>. It names the notice kind and channel, and a POST
/// withdraws exactly that one consent through <see cref="ConsentService"/>, which records the change with its time
/// and its own source, <see cref="ConsentSource.UnsubscribeLink"/> (RODO evidence of how it was withdrawn; shown on
/// <c>/zgody/historia</c>). The link's slugs are those of <see cref="NoticeTemplates"/>; anything
/// else is a 400 that changes nothing.
/// </summary>
public sealed class UnsubscribeModel(IBokDbContext db, ConsentService consents) : PortalPageModel
{
    /// <summary>The value of <c>wypisano</c> after a successful withdrawal (POST-redirect-GET).</summary>
    public const string DoneValue = "tak";

    /// <summary>The link's notice kind slug (<c>invoice-issued</c>, ...).</summary>
    [BindProperty(Name = "rodzaj", SupportsGet = true)]
    public string? KindSlug { get; set; }

    /// <summary>The link's channel slug (<c>email</c> or <c>sms</c>).</summary>
    [BindProperty(Name = "kanal", SupportsGet = true)]
    public string? ChannelSlug { get; set; }

    /// <summary><see cref="DoneValue"/> right after this page withdrew the consent.</summary>
    [BindProperty(Name = "wypisano", SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The notice kind the link names (valid unless <see cref="State"/> is <see cref="UnsubscribeState.InvalidLink"/>).</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>The channel the link names.</summary>
    public NotificationChannel Channel { get; private set; }

    /// <summary>What the page shows.</summary>
    public UnsubscribeState State { get; private set; }

    /// <summary>Why the link is refused, or why withdrawing failed.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>True when invoices of one of the customer's contracts go as e-invoices, which this consent does not stop.</summary>
    public bool ElectronicInvoiceActive { get; private set; }

    /// <summary>Shows the consent the link names and its state.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ParseLink())
        {
            return InvalidLink();
        }

        var granted = await IsGrantedAsync(cancellationToken);
        State = granted ? UnsubscribeState.Granted
            : Done == DoneValue ? UnsubscribeState.Withdrawn
            : UnsubscribeState.AlreadyWithdrawn;
        await LoadElectronicInvoiceAsync(cancellationToken);
        return Page();
    }

    /// <summary>Withdraws the one consent the link names; nothing else changes.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ParseLink())
        {
            return InvalidLink();
        }

        var outcome = await consents.WithdrawThroughUnsubscribeLinkAsync(Channel, Kind, cancellationToken);
        if (outcome.Value is { } result)
        {
            var link = new Dictionary<string, string?>
            {
                ["rodzaj"] = NoticeTemplates.KindSlug(Kind),
                ["kanal"] = NoticeTemplates.ChannelSlug(Channel),
                // Repeating the request for a withdrawn consent records nothing; the page then says it was already withdrawn.
                ["wypisano"] = result.RecordedChanges > 0 ? DoneValue : null,
            };
            return Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/zgody/wypisz", link));
        }

        Problems = [.. outcome.Errors.Select(error => Language.Message(error))];
        State = await IsGrantedAsync(cancellationToken) ? UnsubscribeState.Granted : UnsubscribeState.AlreadyWithdrawn;
        await LoadElectronicInvoiceAsync(cancellationToken);
        return Page();
    }

    private bool ParseLink()
    {
        var problems = new List<string>();
        if (NoticeTemplates.TryParseKindSlug(KindSlug, out var kind))
        {
            Kind = kind;
        }
        else
        {
            problems.Add(string.IsNullOrEmpty(KindSlug)
                ? T("Link nie podaje rodzaju powiadomień.", "The link does not name a kind of notification.")
                : T($"Nieznany rodzaj powiadomień w linku: „{KindSlug}”.", $"Unknown kind of notification in the link: “{KindSlug}”."));
        }

        if (NoticeTemplates.TryParseChannelSlug(ChannelSlug, out var channel))
        {
            Channel = channel;
        }
        else
        {
            problems.Add(string.IsNullOrEmpty(ChannelSlug)
                ? T("Link nie podaje kanału (email albo sms).", "The link does not name a channel (email or sms).")
                : T($"Nieznany kanał w linku: „{ChannelSlug}” (dozwolone: email, sms).", $"Unknown channel in the link: “{ChannelSlug}” (allowed: email, sms)."));
        }

        Problems = problems;
        return problems.Count == 0;
    }

    private PageResult InvalidLink()
    {
        State = UnsubscribeState.InvalidLink;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private Task<bool> IsGrantedAsync(CancellationToken cancellationToken) => db.Set<ConsentRow>().AsNoTracking()
        .AnyAsync(row => row.Topic == ConsentTopic.Notification && row.Channel == Channel && row.Kind == Kind && row.Granted, cancellationToken);

    private async Task LoadElectronicInvoiceAsync(CancellationToken cancellationToken) =>
        ElectronicInvoiceActive = Kind == NotificationKind.InvoiceIssued && Channel == NotificationChannel.Email
            && await db.Set<ContractRow>().AsNoTracking().AnyAsync(row => row.ElectronicInvoice, cancellationToken);
}
