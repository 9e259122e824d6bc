using IBok.Domain.Customers;
using IBok.GraphQL.Application.Consents;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.Web.Portal;
using IBok.Web.Portal.Service;
using Microsoft.AspNetCore.Mvc;

namespace IBok.Web.Pages.Consents;

/// <summary>
/// <c>/zgody/historia</c>: every grant and withdrawal of the signed-in customer's consents, newest first, with its
/// time and source — what RODO (art. 7 ust. 1) asks the utility to be able to show, shown to the customer too.
/// </summary>
public sealed class HistoryModel(ConsentService consents) : PortalPageModel
{
    /// <summary>The changes, newest first.</summary>
    public IReadOnlyList<ConsentHistoryEntry> Entries { get; private set; } = [];

    /// <summary>Loads the history.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await consents.HistoryAsync(cancellationToken);
        if (outcome.Value is not { } history)
        {
            return Forbid();
        }

        Entries = history.Entries;
        return Page();
    }

    /// <summary>What the consent is for: the notice kind, or the e-invoice of a contract.</summary>
    public string Subject(ConsentHistoryEntry entry) => entry.Topic == ConsentTopic.ElectronicInvoice
        ? T($"E-faktura (umowa {entry.ContractNumber})", $"E-invoice (contract {entry.ContractNumber})")
        : entry.Kind is { } kind ? Language.Kind(kind) : "—";

    /// <summary>The channel of a notification consent; e-mail for the e-invoice.</summary>
    public string ChannelOf(ConsentHistoryEntry entry) => entry.Channel is { } channel ? Language.Channel(channel) : Language.Channel(NotificationChannel.Email);

    /// <summary>How the change was made, in the customer's words.</summary>
    public string SourceOf(ConsentSource source) => source switch
    {
        ConsentSource.Portal => T("W iBOK (ustawienia)", "In iBOK (settings)"),
        ConsentSource.UnsubscribeLink => T("Link „wypisz się” w e-mailu", "“Unsubscribe” link in an e-mail"),
        ConsentSource.Staff => T("Przez pracownika (biuro obsługi, telefon)", "By our staff (customer office, phone)"),
        ConsentSource.Paper => T("Formularz papierowy", "Paper form"),
        ConsentSource.Api => T("System przedsiębiorstwa", "The utility's system"),
        _ => source.ToString(),
    };
}
