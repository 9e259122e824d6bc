using IBok.Domain.Customers;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IBok.GraphQL.Application.Consents;

/// <summary>A requested consent state for one kind of notice through one channel.</summary>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Kind">The kind of notice.</param>
/// <param name="Granted">True to give consent, false to withdraw it.</param>
public sealed record ConsentChangeInput(NotificationChannel Channel, NotificationKind Kind, bool Granted);

/// <summary>The state of one notification consent.</summary>
/// <param name="Channel">E-mail or SMS.</param>
/// <param name="Kind">The kind of notice.</param>
/// <param name="Granted">Whether it is given now.</param>
/// <param name="ChangedAt">When it last changed; null when never recorded (not given).</param>
public sealed record NotificationConsentState(NotificationChannel Channel, NotificationKind Kind, bool Granted, DateTime? ChangedAt);

/// <summary>The consents after an update, and how many changes were recorded.</summary>
/// <param name="Consents">Every channel and kind.</param>
/// <param name="RecordedChanges">Changes recorded by this update (a request for the current state records nothing).</param>
public sealed record NotificationConsents(IReadOnlyList<NotificationConsentState> Consents, int RecordedChanges);

/// <summary>A customer's consent changes, newest first.</summary>
/// <param name="Entries">Every grant and withdrawal.</param>
public sealed record ConsentChangeHistory(IReadOnlyList<ConsentHistoryEntry> Entries);

/// <summary>The e-invoice state of a contract.</summary>
/// <param name="ContractId">The contract.</param>
/// <param name="Active">Whether invoices go electronically.</param>
/// <param name="Changed">Whether this request changed it.</param>
/// <param name="ChangedAt">When it last changed; null when never.</param>
public sealed record ElectronicInvoiceState(long ContractId, bool Active, bool Changed, DateTime? ChangedAt);

/// <summary>One recorded grant or withdrawal, as the customer's consent history shows it.</summary>
/// <param name="ChangedAt">When (UTC).</param>
/// <param name="Topic">A notification consent or the e-invoice consent.</param>
/// <param name="Channel">For a notification consent: the channel.</param>
/// <param name="Kind">For a notification consent: the kind of notice.</param>
/// <param name="ContractNumber">For an e-invoice consent: the contract's number.</param>
/// <param name="Granted">True when given, false when withdrawn.</param>
/// <param name="Source">How it was given or withdrawn (portal, unsubscribe link, staff, paper, API).</param>
public sealed record ConsentHistoryEntry(
    DateTime ChangedAt, ConsentTopic Topic, NotificationChannel? Channel, NotificationKind? Kind, string? ContractNumber, bool Granted, ConsentSource Source);

/// <summary>
/// A customer gives or withdraws notification consents and the e-invoice consent. Every change is kept with its time
/// and source (portal, or the unsubscribe link of a notice e-mail) as RODO asks (art. 7 ust. 1: the controller must show consent was given); IBok.Domain's
/// <see cref="ConsentSet"/> and <see cref="ElectronicInvoiceConsent"/>, rebuilt from the stored history, decide what
/// is a change.
/// </summary>
public sealed class ConsentService(IBokDbContext db, TimeProvider time)
{
    /// <summary>Applies the requested states, recorded as made in the portal; repeating the current state records nothing.</summary>
    public Task<Outcome<NotificationConsents>> UpdateNotificationConsentsAsync(IReadOnlyList<ConsentChangeInput> changes, CancellationToken cancellationToken) =>
        UpdateNotificationConsentsAsync(changes, ConsentSource.Portal, cancellationToken);

    /// <summary>
    /// Withdraws one notification consent through the unsubscribe link of a notice e-mail, recorded with source
    /// <see cref="ConsentSource.UnsubscribeLink"/> so the evidence tells it from a change in the settings; repeating it
    /// records nothing.
    /// </summary>
    public Task<Outcome<NotificationConsents>> WithdrawThroughUnsubscribeLinkAsync(NotificationChannel channel, NotificationKind kind, CancellationToken cancellationToken) =>
        UpdateNotificationConsentsAsync([new ConsentChangeInput(channel, kind, Granted: false)], ConsentSource.UnsubscribeLink, cancellationToken);

    /// <summary>The signed-in customer's every consent change, newest first.</summary>
    public async Task<Outcome<ConsentChangeHistory>> HistoryAsync(CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        var entries = await (
            from change in db.Set<ConsentChangeRow>().AsNoTracking()
            join contract in db.Set<ContractRow>().AsNoTracking() on change.ContractId equals (long?)contract.Id into contracts
            from contract in contracts.DefaultIfEmpty()
            select new { change, ContractNumber = contract == null ? null : contract.Number })
            .ToListAsync(cancellationToken);
        return new ConsentChangeHistory([.. entries
            .OrderByDescending(entry => entry.change.ChangedAt).ThenByDescending(entry => entry.change.Id)
            .Select(entry => new ConsentHistoryEntry(
                entry.change.ChangedAt, entry.change.Topic, entry.change.Channel, entry.change.Kind, entry.ContractNumber, entry.change.Granted, entry.change.Source))]);
    }

    private async Task<Outcome<NotificationConsents>> UpdateNotificationConsentsAsync(
        IReadOnlyList<ConsentChangeInput> changes, ConsentSource source, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        if (changes.GroupBy(change => (change.Channel, change.Kind)).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            return new InvalidInputError(
                "DUPLICATE_CONSENT", "changes",
                $"Zgoda {duplicate.Key.Channel}/{duplicate.Key.Kind} występuje w żądaniu więcej niż raz.",
                $"Consent {duplicate.Key.Channel}/{duplicate.Key.Kind} appears more than once in the request.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customerId = db.Viewer.CustomerId!.Value;
        var history = await db.Set<ConsentChangeRow>()
            .Where(row => row.Topic == ConsentTopic.Notification)
            .OrderBy(row => row.ChangedAt).ThenBy(row => row.Id)
            .ToListAsync(cancellationToken);
        var consents = ConsentMapping.ToConsentSet(history);

        var at = NotBefore(history.LastOrDefault()?.ChangedAt);
        var recorded = 0;
        foreach (var change in changes)
        {
            var update = change.Granted
                ? consents.Grant(change.Channel, change.Kind, at, source)
                : consents.Revoke(change.Channel, change.Kind, at, source);
            consents = update.Consents;
            if (update.Change is null)
            {
                continue;
            }

            recorded++;
            db.Add(ConsentMapping.ToRow(update.Change, customerId));
            var current = await db.Set<ConsentRow>().FirstOrDefaultAsync(
                row => row.Topic == ConsentTopic.Notification && row.Channel == change.Channel && row.Kind == change.Kind, cancellationToken);
            if (current is null)
            {
                current = new ConsentRow { CustomerId = customerId, Topic = ConsentTopic.Notification, Channel = change.Channel, Kind = change.Kind };
                db.Add(current);
            }

            current.Granted = change.Granted;
            current.ChangedAt = at.UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var states =
            from channel in Enum.GetValues<NotificationChannel>()
            from kind in Enum.GetValues<NotificationKind>()
            let last = consents.History.LastOrDefault(change => change.Subject == ConsentSubject.Notification(channel, kind))
            select new NotificationConsentState(channel, kind, consents.Allows(channel, kind), last?.At.UtcDateTime);
        return new NotificationConsents([.. states], recorded);
    }

    /// <summary>Turns e-invoices on or off for one of the customer's contracts; repeating the current state records nothing.</summary>
    public async Task<Outcome<ElectronicInvoiceState>> SetElectronicInvoiceAsync(long contractId, bool active, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contract = await db.Set<ContractRow>().FirstOrDefaultAsync(row => row.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return new NotFoundError("Contract", "umowa");
        }

        if (active && contract.EndDate is { } end && end < CustomerClock.Today(time))
        {
            return new InvalidInputError(
                "CONTRACT_ENDED", "contractId",
                $"Umowa {contract.Number} zakończyła się; nie można włączyć dla niej e-faktury.",
                $"Contract {contract.Number} has ended; e-invoices cannot be turned on for it.");
        }

        var history = await db.Set<ConsentChangeRow>()
            .Where(row => row.Topic == ConsentTopic.ElectronicInvoice && row.ContractId == contractId)
            .OrderBy(row => row.ChangedAt).ThenBy(row => row.Id)
            .ToListAsync(cancellationToken);
        var consent = ConsentMapping.ToElectronicInvoiceConsent(history, contractId);

        var at = NotBefore(history.LastOrDefault()?.ChangedAt);
        var update = active ? consent.Grant(at, ConsentSource.Portal) : consent.Revoke(at, ConsentSource.Portal);
        if (update.Change is null)
        {
            return new ElectronicInvoiceState(contractId, consent.IsGranted, false, history.LastOrDefault()?.ChangedAt);
        }

        db.Add(ConsentMapping.ToRow(update.Change, contract.CustomerId, contractId));
        var current = await db.Set<ConsentRow>().FirstOrDefaultAsync(row => row.Topic == ConsentTopic.ElectronicInvoice && row.ContractId == contractId, cancellationToken);
        if (current is null)
        {
            current = new ConsentRow { CustomerId = contract.CustomerId, Topic = ConsentTopic.ElectronicInvoice, ContractId = contractId };
            db.Add(current);
        }

        current.Granted = active;
        current.ChangedAt = at.UtcDateTime;
        contract.ElectronicInvoice = active;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ElectronicInvoiceState(contractId, active, true, at.UtcDateTime);
    }

    private static DateTimeOffset Instant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    // IBok.Domain keeps consent history in time order; a clock that stepped back must not make a change unrecordable.
    private DateTimeOffset NotBefore(DateTime? lastChange)
    {
        var now = time.GetUtcNow();
        return lastChange is { } last && Instant(last) > now ? Instant(last) : now;
    }
}

/// <summary>Registers the consent use cases.</summary>
public static class ConsentServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ConsentService"/>.</summary>
    public static IServiceCollection AddIBokConsents(this IServiceCollection services)
    {
        services.AddScoped<ConsentService>();
        return services;
    }
}
