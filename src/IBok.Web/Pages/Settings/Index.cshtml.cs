using IBok.Domain.Customers;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Application.Consents;
using IBok.GraphQL.Application.DataChanges;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IBok.Web.Pages.Settings;

/// <summary>
/// The customer's settings: the password (<see cref="AccountService"/>; every other session ends), a request to change their data
/// (<see cref="DataChangeService"/>), notification consents per channel and kind, and e-invoices per contract
/// (<see cref="ConsentService"/>), and the signed-in devices (<see cref="AccountSessionService"/>: end one, or sign out
/// everywhere). Each form posts to its own handler and comes back here.
/// </summary>
public sealed class IndexModel(
    IBokDbContext db, ConsentService consents, DataChangeService dataChanges, AccountService accounts, AccountSessionService sessions, ISignInSession session)
    : PortalPageModel
{
    /// <summary>The form value of a consent: <c>Email:InvoiceIssued</c>.</summary>
    public static string ConsentValue(NotificationChannel channel, NotificationKind kind) => channel + ":" + kind;

    /// <summary>The granted notification consents.</summary>
    public IReadOnlySet<(NotificationChannel Channel, NotificationKind Kind)> Granted { get; private set; } =
        new HashSet<(NotificationChannel, NotificationKind)>();

    /// <summary>The customer's contracts, for e-invoices.</summary>
    public IReadOnlyList<ContractRow> Contracts { get; private set; } = [];

    /// <summary>The customer's data change requests, newest first.</summary>
    public IReadOnlyList<DataChangeRequestRow> Requests { get; private set; } = [];

    /// <summary>The checked consents (<see cref="ConsentValue"/>) of the consents form.</summary>
    [BindProperty]
    public List<string> Consent { get; set; } = [];

    /// <summary>The current password.</summary>
    [BindProperty]
    public string? CurrentPassword { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty]
    public string? NewPassword { get; set; }

    /// <summary>The new password again.</summary>
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>The password form's errors.</summary>
    public FormErrors PasswordErrors { get; } = new();

    /// <summary>The kind of data to change (a <see cref="DataChangeKind"/> name).</summary>
    [BindProperty]
    public string? ChangeKind { get; set; }

    /// <summary>The new e-mail.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The new phone.</summary>
    [BindProperty]
    public string? Phone { get; set; }

    /// <summary>The new name.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The new correspondence address: street.</summary>
    [BindProperty]
    public string? Street { get; set; }

    /// <summary>The new correspondence address: building number.</summary>
    [BindProperty]
    public string? BuildingNumber { get; set; }

    /// <summary>The new correspondence address: apartment number.</summary>
    [BindProperty]
    public string? ApartmentNumber { get; set; }

    /// <summary>The new correspondence address: postal code.</summary>
    [BindProperty]
    public string? PostalCode { get; set; }

    /// <summary>The new correspondence address: city.</summary>
    [BindProperty]
    public string? City { get; set; }

    /// <summary>A comment, or what else to change.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>What was just done: <c>consents</c>, <c>einvoice-on</c>, <c>einvoice-off</c>, <c>data-change</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The viewer's working sessions, most recently used first.</summary>
    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];

    /// <summary>The signed-in devices forms' errors.</summary>
    public FormErrors DeviceErrors { get; } = new();

    /// <summary>The consents form's errors.</summary>
    public FormErrors ConsentErrors { get; } = new();

    /// <summary>The e-invoice forms' errors (field <c>einvoice-{contract id}</c>).</summary>
    public FormErrors InvoiceErrors { get; } = new();

    /// <summary>The data change form's errors.</summary>
    public FormErrors ChangeErrors { get; } = new();

    /// <summary>Shows the settings.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Changes the password (the current one proves it is the customer); this session stays, every other ends.</summary>
    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(CurrentPassword))
        {
            PasswordErrors.Add("currentPassword", T("Podaj obecne hasło.", "Enter your current password."));
        }

        if (string.IsNullOrEmpty(NewPassword))
        {
            PasswordErrors.Add("newPassword", T("Podaj nowe hasło.", "Enter the new password."));
        }
        else if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            PasswordErrors.Add("confirmPassword", T("Powtórzone hasło różni się od nowego hasła.", "The repeated password differs from the new password."));
        }

        if (!PasswordErrors.Any)
        {
            var changed = await accounts.ChangePasswordAsync(CurrentPassword!, NewPassword!, session.CurrentSessionId, cancellationToken);
            if (changed.Value is { } renewed)
            {
                await session.RenewAsync(renewed, cancellationToken);
                return RedirectToPage(null, null, new { done = "password" }, "password");
            }

            foreach (var error in changed.Errors)
            {
                PasswordErrors.Add(error.Field is "currentPassword" ? "currentPassword" : "newPassword", T(error.MessagePl, error.Message));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Saves the notification consents: every box checked is given, every other one withdrawn.</summary>
    public async Task<IActionResult> OnPostConsentsAsync(CancellationToken cancellationToken)
    {
        var all = (from channel in Enum.GetValues<NotificationChannel>()
                   from kind in Enum.GetValues<NotificationKind>()
                   select (channel, kind)).ToList();
        var known = all.Select(pair => ConsentValue(pair.channel, pair.kind)).ToHashSet(StringComparer.Ordinal);
        if (Consent.FirstOrDefault(value => !known.Contains(value)) is { } unknown)
        {
            ConsentErrors.Add(null, T($"Nieznana zgoda: {unknown}. Nic nie zostało zmienione.", $"Unknown consent: {unknown}. Nothing was changed."));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var chosen = Consent.ToHashSet(StringComparer.Ordinal);
        var outcome = await consents.UpdateNotificationConsentsAsync(
            [.. all.Select(pair => new ConsentChangeInput(pair.channel, pair.kind, chosen.Contains(ConsentValue(pair.channel, pair.kind))))], cancellationToken);
        if (outcome.Value is not null)
        {
            return RedirectToPage(null, null, new { done = "consents" }, "consents");
        }

        foreach (var error in outcome.Errors)
        {
            ConsentErrors.Add(null, Language.Message(error));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Turns e-invoices on or off for one contract.</summary>
    public async Task<IActionResult> OnPostElectronicInvoiceAsync(long contractId, bool active, CancellationToken cancellationToken)
    {
        var outcome = await consents.SetElectronicInvoiceAsync(contractId, active, cancellationToken);
        if (outcome.Value is not null)
        {
            return RedirectToPage(null, null, new { done = active ? "einvoice-on" : "einvoice-off" }, "einvoice");
        }

        if (outcome.Errors.Any(error => error is NotFoundError))
        {
            return NotFound();
        }

        foreach (var error in outcome.Errors)
        {
            InvoiceErrors.Add("einvoice-" + contractId.ToString(System.Globalization.CultureInfo.InvariantCulture), Language.Message(error));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Files a request to change the customer's data.</summary>
    public async Task<IActionResult> OnPostDataChangeAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<DataChangeKind>(ChangeKind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            ChangeErrors.Add("changeKind", T("Wybierz, jakie dane chcesz zmienić.", "Choose which data you want to change."));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var address = kind == DataChangeKind.CorrespondenceAddress
            ? new AddressInput(Street ?? "", BuildingNumber ?? "", ApartmentNumber, PostalCode ?? "", City ?? "")
            : null;
        var outcome = await dataChanges.RequestAsync(new DataChangeRequestInput(kind, address, Email, Phone, Name, Comment), cancellationToken);
        if (outcome.Value is not null)
        {
            return RedirectToPage(null, null, new { done = "data-change" }, "data-change");
        }

        foreach (var error in outcome.Errors)
        {
            ChangeErrors.Add(FieldOf(error), Language.Message(error));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Ends one of the customer's sessions (another device's, or this one: then this browser is signed out). A session
    /// that is not the customer's, or has ended already, is reported as not found and nothing changes.
    /// </summary>
    public async Task<IActionResult> OnPostEndSessionAsync(long sessionId, CancellationToken cancellationToken)
    {
        var outcome = await sessions.EndAsync(sessionId, cancellationToken);
        if (outcome.Succeeded)
        {
            if (sessionId == session.CurrentSessionId)
            {
                await session.SignOutAsync(cancellationToken);
                return LocalRedirect(PortalAuthorization.SignInPath + "?done=signed-out");
            }

            return RedirectToPage(null, null, new { done = "session-ended" }, "devices");
        }

        DeviceErrors.Add(null, outcome.Errors.Any(error => error.Code == AccountErrorCode.SessionNotFound)
            ? T("Nie ma takiej sesji albo została już zakończona.", "There is no such session, or it has ended already.")
            : T(outcome.Errors[0].MessagePl, outcome.Errors[0].Message));
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Ends every session of the customer, on every device, this browser included.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken cancellationToken)
    {
        await sessions.EndAllAsync(cancellationToken);
        await session.SignOutAsync(cancellationToken);
        return LocalRedirect(PortalAuthorization.SignInPath + "?done=signed-out-everywhere");
    }

    /// <summary>How a session signed in, for people.</summary>
    public string KindText(SessionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Kind == AccountSessionKind.Cookie ? T("Przeglądarka", "Browser") : T("Aplikacja (token)", "Application (token)");
    }

    /// <summary>Where a data change request stands, for people.</summary>
    public string StateText(DataChangeRequestRow request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Status switch
        {
            DataChangeRequestStatus.Pending => T("Czeka na rozpatrzenie", "Awaiting a decision"),
            DataChangeRequestStatus.Applied => T("Zmieniono", "Applied"),
            _ => T("Odrzucony", "Refused") + (request.DecisionNote is { } note ? ": " + note : ""),
        };
    }

    private static string? FieldOf(UserError error) => error is InvalidInputError invalid
        ? invalid.Field switch
        {
            "kind" => "changeKind",
            "correspondenceAddress" => "street",
            "correspondenceAddress.buildingNumber" => "buildingNumber",
            "correspondenceAddress.city" => "city",
            "correspondenceAddress.postalCode" => "postalCode",
            "email" or "phone" or "name" or "comment" => invalid.Field,
            _ => null,
        }
        : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sessions = (await sessions.ListAsync(session.CurrentSessionId, cancellationToken)).Value ?? [];
        var granted = await db.Set<ConsentRow>().AsNoTracking()
            .Where(row => row.Topic == ConsentTopic.Notification && row.Granted && row.Channel != null && row.Kind != null)
            .Select(row => new { row.Channel, row.Kind })
            .ToListAsync(cancellationToken);
        Granted = granted.Select(row => (row.Channel!.Value, row.Kind!.Value)).ToHashSet();
        Contracts = await db.Set<ContractRow>().AsNoTracking().OrderBy(row => row.Number).ThenBy(row => row.Id).ToListAsync(cancellationToken);
        Requests = await db.Set<DataChangeRequestRow>().AsNoTracking()
            .OrderByDescending(row => row.RequestedAt).ThenByDescending(row => row.Id)
            .ToListAsync(cancellationToken);
    }
}
