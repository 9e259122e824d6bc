using IBok.Domain.Cases;
using IBok.Domain.Customers;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.WithoutAccount;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.GraphQL.Application.Cases;

/// <summary>A filed case; <see cref="Secret"/> is the tracking secret, given only once, for cases filed without an account.</summary>
/// <param name="Case">The stored case with its first message and status history.</param>
/// <param name="Secret">The tracking secret (filed without an account), else null.</param>
public sealed record FiledCase(CaseRow Case, string? Secret);

/// <summary>A message added to a case.</summary>
/// <param name="Case">The case after the message (its status may have moved on).</param>
/// <param name="Message">The message.</param>
/// <param name="Attachments">The message's attachments.</param>
public sealed record AddedCaseMessage(CaseRow Case, CaseMessageRow Message, IReadOnlyList<CaseAttachmentRow> Attachments);

/// <summary>Who files a case without an account and how to answer them.</summary>
/// <param name="Name">The filer's name.</param>
/// <param name="Email">An e-mail address for the answer.</param>
/// <param name="Phone">A phone number for the answer.</param>
public sealed record AnonymousFiler(string Name, string? Email, string? Phone);

/// <summary>
/// Customers file cases (complaints, requests, questions) and write in them; anyone can file one without an account.
/// </summary>
/// <remarks>
/// Every case gets its signature (e.g. <c>ZG/2026/000123</c>) when filed, because a filer without an account has
/// nothing else to follow it by: iBOK registers it at once as IBok.Domain's <see cref="Case.Register"/> does for
/// staff, in the name of <see cref="Registrar"/>, so the history reads Submitted → Registered.
/// </remarks>
public sealed class CaseService(IBokDbContext db, TimeProvider time, CaseOptions options, AnonymousRateLimiter limiter, ClientOrigin origin)
{
    /// <summary>The name under which iBOK registers new cases.</summary>
    public const string Registrar = "iBOK (rejestracja automatyczna)";

    // Each round of concurrent filers has one winner, so this many filers at the same instant all get through.
    private const int MaxFilingAttempts = 8;

    /// <summary>Files a case for the signed-in customer.</summary>
    public async Task<Outcome<FiledCase>> FileAsync(
        CaseKind kind, string subject, string text, IReadOnlyList<CaseAttachmentInput>? attachments, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        var customer = await db.Set<CustomerRow>().SingleAsync(cancellationToken);
        return await FileCoreAsync(kind, subject, text, attachments, customer, null, cancellationToken);
    }

    /// <summary>Files a case without an account; the answer carries the signature and the tracking secret, once.</summary>
    public async Task<Outcome<FiledCase>> FileAnonymouslyAsync(
        CaseKind kind, string subject, string text, AnonymousFiler filer, IReadOnlyList<CaseAttachmentInput>? attachments, CancellationToken cancellationToken)
    {
        if (limiter.TryAcquire(AnonymousRateLimiter.ClientKey("case", origin.Address)) is { } retryAfter)
        {
            return new RateLimitedError(retryAfter);
        }

        if (string.IsNullOrWhiteSpace(filer.Name))
        {
            return CaseInputErrors.NameRequired();
        }

        var email = string.IsNullOrWhiteSpace(filer.Email) ? null : filer.Email;
        var phone = string.IsNullOrWhiteSpace(filer.Phone) ? null : filer.Phone;
        if (email is null && phone is null)
        {
            return CaseInputErrors.ContactRequired();
        }

        EmailAddress? emailAddress = null;
        if (email is not null && !EmailAddress.TryParse(email, out emailAddress, out _))
        {
            return CaseInputErrors.InvalidEmail();
        }

        PhoneNumber? phoneNumber = null;
        if (phone is not null && !PhoneNumber.TryParse(phone, out phoneNumber, out _))
        {
            return CaseInputErrors.InvalidPhone();
        }

        return await FileCoreAsync(kind, subject, text, attachments, null, filer with { Email = emailAddress?.Value, Phone = phoneNumber?.Value }, cancellationToken);
    }

    /// <summary>Adds the customer's message to one of their cases; a case waiting for the customer goes back to work.</summary>
    public async Task<Outcome<AddedCaseMessage>> AddMessageAsync(
        long caseId, string text, IReadOnlyList<CaseAttachmentInput>? attachments, CancellationToken cancellationToken)
    {
        if (db.Viewer.Role != ViewerRole.Customer)
        {
            return NotSignedInError.Instance;
        }

        if (CheckText(text) is { } textError)
        {
            return textError;
        }

        var checkedAttachments = CaseAttachmentPolicy.Check(attachments);
        if (checkedAttachments.Value is not { } files)
        {
            return Outcome<AddedCaseMessage>.Failure(checkedAttachments.Errors[0]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Set<CaseRow>().Include(c => c.StatusChanges).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (row is null)
        {
            return new NotFoundError("Case", "sprawa");
        }

        // IBok.Domain's Case.AddMessage rules, applied to the stored status: a closed case takes no messages, and the
        // customer's reply to a case waiting for them resumes the work.
        if (CaseTransitions.IsFinal(row.Status))
        {
            return new CaseClosedError(row.Signature ?? row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var customer = await db.Set<CustomerRow>().SingleAsync(cancellationToken);
        var sentAt = time.GetLocalNow();
        var message = new CaseMessage(CaseActor.Customer(customer.Name), text, sentAt, files.Select(file => file.Description));
        var now = sentAt.UtcDateTime;
        var messageRow = new CaseMessageRow
        {
            CustomerId = row.CustomerId, CaseId = row.Id, AuthorRole = CaseActorRole.Customer, AuthorName = message.Author.Name,
            AuthorAccountId = db.Viewer.AccountId, Text = message.Text, SentAt = now,
        };
        db.Add(messageRow);
        if (row.Status == CaseStatus.WaitingForCustomer && CaseTransitions.IsAllowed(row.Status, CaseStatus.InProgress))
        {
            row.StatusChanges.Add(new CaseStatusChangeRow
            {
                CustomerId = row.CustomerId, CaseId = row.Id, FromStatus = row.Status, ToStatus = CaseStatus.InProgress, ChangedAt = now,
                ByRole = CaseActorRole.Customer, ByName = message.Author.Name, Note = "Odbiorca odpowiedział.",
            });
            row.Status = CaseStatus.InProgress;
        }

        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var attachmentRows = AddAttachments(row, messageRow.Id, files, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AddedCaseMessage(row, messageRow, attachmentRows);
    }

    private async Task<Outcome<FiledCase>> FileCoreAsync(
        CaseKind kind, string subject, string text, IReadOnlyList<CaseAttachmentInput>? attachments, CustomerRow? customer, AnonymousFiler? filer,
        CancellationToken cancellationToken)
    {
        var trimmedSubject = (subject ?? string.Empty).Trim();
        if (trimmedSubject.Length == 0)
        {
            return CaseInputErrors.SubjectRequired();
        }

        if (trimmedSubject.Length > Case.MaxSubjectLength)
        {
            return CaseInputErrors.SubjectTooLong(Case.MaxSubjectLength);
        }

        if (CheckText(text) is { } textError)
        {
            return textError;
        }

        var checkedAttachments = CaseAttachmentPolicy.Check(attachments);
        if (checkedAttachments.Value is not { } files)
        {
            return Outcome<FiledCase>.Failure(checkedAttachments.Errors[0]);
        }

        var authorName = customer?.Name ?? filer!.Name.Trim();
        var sentAt = time.GetLocalNow();
        var number = customer is not null && CustomerNumber.TryParse(customer.Number, out var parsed, out _) ? parsed : null;
        var filed = Case.Submit(kind, number, trimmedSubject, new CaseMessage(CaseActor.Customer(authorName), text, sentAt, files.Select(file => file.Description)), options);

        // Two filers taking the same signature number conflict on the counter's version (or its unique key when the
        // year's first counter is created); the loser starts again with a fresh number.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreAsync();
            }
            catch (DbUpdateException) when (attempt < MaxFilingAttempts)
            {
                db.ChangeTracker.Clear();
            }
        }

        async Task<FiledCase> StoreAsync()
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var sequence = await NextSequenceAsync(options.PrefixFor(kind), sentAt.Year, cancellationToken);
            var registered = filed.Register(sequence, sentAt, CaseActor.Staff(Registrar), options);

            var secret = customer is null ? CaseTrackingSecret.Generate() : null;
            var now = sentAt.UtcDateTime;
            var row = new CaseRow
            {
                CustomerId = customer?.Id,
                Signature = registered.Signature!.ToString(),
                Kind = kind,
                Subject = registered.Subject,
                Status = registered.Status,
                SubmittedAt = now,
                ResponseDeadline = registered.ResponseDeadline,
                TrackingSecretHash = secret is null ? null : CaseTrackingSecret.Hash(secret),
                CreatedByAccountId = db.Viewer.AccountId,
                CreatedBy = authorName,
                ContactEmail = filer?.Email,
                ContactPhone = filer?.Phone,
                UpdatedAt = now,
            };
            var first = registered.Messages[0];
            var messageRow = new CaseMessageRow
            {
                CustomerId = row.CustomerId, AuthorRole = CaseActorRole.Customer, AuthorName = first.Author.Name, AuthorAccountId = db.Viewer.AccountId,
                Text = first.Text, SentAt = now,
            };
            row.Messages.Add(messageRow);
            foreach (var change in registered.History)
            {
                row.StatusChanges.Add(new CaseStatusChangeRow
                {
                    CustomerId = row.CustomerId, FromStatus = change.From, ToStatus = change.To, ChangedAt = change.At.UtcDateTime, ByRole = change.By.Role,
                    ByName = change.By.Name, Note = change.Note,
                });
            }

            db.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            AddAttachments(row, messageRow.Id, files, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new FiledCase(row, secret);
        }
    }

    private List<CaseAttachmentRow> AddAttachments(CaseRow row, long messageId, IReadOnlyList<AcceptedAttachment> files, DateTime now)
    {
        var rows = files.Select(file => new CaseAttachmentRow
        {
            CustomerId = row.CustomerId, CaseId = row.Id, MessageId = messageId, FileName = file.Description.FileName,
            ContentType = file.Description.ContentType, SizeBytes = file.Description.SizeBytes, Content = file.Content, UploadedAt = now,
        }).ToList();
        db.AddRange(rows);
        return rows;
    }

    /// <summary>The next sequence number of a prefix and year; the counter row's version makes concurrent filers conflict
    /// instead of sharing a number.</summary>
    private async Task<int> NextSequenceAsync(string prefix, int year, CancellationToken cancellationToken)
    {
        var counter = await db.Set<CaseSignatureCounterRow>().FirstOrDefaultAsync(row => row.Prefix == prefix && row.Year == year, cancellationToken);
        if (counter is null)
        {
            counter = new CaseSignatureCounterRow { Prefix = prefix, Year = year };
            db.Add(counter);
        }

        counter.LastSequence++;
        counter.Version++;
        return counter.LastSequence;
    }

    private static InvalidInputError? CheckText(string text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length == 0 ? CaseInputErrors.TextRequired()
            : trimmed.Length > CaseMessage.MaxTextLength ? CaseInputErrors.TextTooLong(CaseMessage.MaxTextLength)
            : null;
    }
}

/// <summary>Registers the case use cases.</summary>
public static class CaseServiceCollectionExtensions
{
    /// <summary>Adds <see cref="CaseService"/> and <see cref="CaseTrackingService"/>, with <see cref="CaseOptions.Default"/>
    /// unless the host registered its own options (signature prefixes, response days).</summary>
    public static IServiceCollection AddIBokCases(this IServiceCollection services)
    {
        services.TryAddSingleton(CaseOptions.Default);
        services.AddIBokAnonymousAccess();
        services.AddScoped<CaseService>();
        services.AddScoped<CaseTrackingService>();
        return services;
    }
}
