using IBok.Domain.Cases;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Application.Demo;

/// <summary>Turns one generated customer into rows for <see cref="DemoRowWriter"/>, and remembers what the final step
/// needs: the demo customers' ids and the largest number used in every numbering scope.</summary>
internal sealed class DemoCustomerRows(DemoRowWriter writer, DemoUtility utility, DemoNotices notices)
{
    private readonly Dictionary<string, long> demoCustomerIds = [];

    /// <summary>The largest invoice or interest-note sequence per (series pattern, scope).</summary>
    public Dictionary<(string Series, string Scope), long> InvoiceSequences { get; } = [];

    /// <summary>The largest case sequence per (prefix, year).</summary>
    public Dictionary<(string Prefix, int Year), int> CaseSequences { get; } = [];

    /// <summary>The id of one of the two demo customers, by number.</summary>
    public long IdOf(string customerNumber) =>
        demoCustomerIds.TryGetValue(customerNumber, out var id) ? id : throw new InvalidOperationException($"Demo customer {customerNumber} was not written.");

    public void Write(DemoCustomer demo)
    {
        var customer = demo.Customer;
        var since = DemoCalendar.At(demo.Contracts.Min(contract => contract.Start), 8).UtcDateTime;
        var row = CustomerMapping.ToRow(customer);
        row.IndividualAccountNumber = demo.IndividualAccount.Value;
        row.CreatedAt = since;
        var customerId = writer.Add(row);
        if (demo.Index < 2)
        {
            demoCustomerIds[customer.Number.Value] = customerId;
        }

        foreach (var change in customer.Consents.History)
        {
            writer.Add(ConsentMapping.ToRow(change, customerId));
        }

        foreach (var current in ConsentMapping.CurrentRows(customer.Consents, customerId))
        {
            writer.Add(current);
        }

        var premisesIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var premises in demo.Premises)
        {
            premisesIds[premises.Code.Value] = writer.Add(CustomerMapping.ToRow(premises, customerId));
        }

        var contractIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var contract in demo.Contracts)
        {
            var contractId = writer.Add(ContractMapping.ToRow(contract, customerId, premisesIds[contract.Premises.Value]));
            contractIds[contract.Number] = contractId;
            foreach (var change in contract.ElectronicInvoice.History)
            {
                writer.Add(ConsentMapping.ToRow(change, customerId, contractId));
            }

            if (contract.ElectronicInvoice.History.Count > 0)
            {
                var last = contract.ElectronicInvoice.History[^1];
                writer.Add(new ConsentRow
                {
                    CustomerId = customerId,
                    Topic = ConsentTopic.ElectronicInvoice,
                    ContractId = contractId,
                    Granted = last.Granted,
                    ChangedAt = last.At.UtcDateTime,
                });
            }
        }

        WriteMeters(demo, customerId, premisesIds);
        WriteBilling(demo, customerId, contractIds);
        foreach (var @case in demo.Cases)
        {
            WriteCase(@case, demo, customerId);
        }

        foreach (var delivery in notices.DeliveriesFor(demo.Index, customerId, demo.Premises))
        {
            writer.Add(delivery);
        }
    }

    private void WriteMeters(DemoCustomer demo, long customerId, Dictionary<string, long> premisesIds)
    {
        var fitter = utility.Staff[^1].Name;
        foreach (var history in demo.Meters)
        {
            var meter = MeterMapping.ToRow(history.Meter, customerId, premisesIds[history.Meter.PremisesId], utility.Legalization);
            writer.Add(meter);
            foreach (var reading in history.Readings)
            {
                var (source, submittedBy, hour) = reading.Kind switch
                {
                    ReadingKind.Customer => (ReadingSource.Portal, demo.Customer.Name, 19),
                    ReadingKind.Collector => (ReadingSource.Import, "inkasent", 16),
                    ReadingKind.Remote => (ReadingSource.Integration, "odczyt zdalny", 2),
                    ReadingKind.Estimated => (ReadingSource.System, "system", 3),
                    _ => (ReadingSource.Staff, fitter, 12),
                };
                writer.Add(MeterMapping.ToRow(reading, meter, source, submittedBy, null, DemoCalendar.At(reading.Date, hour).UtcDateTime));
            }
        }
    }

    private void WriteBilling(DemoCustomer demo, long customerId, Dictionary<string, long> contractIds)
    {
        var invoiceSeries = utility.InvoiceSeries;
        var invoiceIds = new List<long>(demo.Invoices.Count);
        foreach (var invoice in demo.Invoices)
        {
            var row = InvoiceMapping.ToRow(invoice, customerId, contractIds[invoice.ContractNumber], invoiceSeries.Pattern, Issued(invoice.IssueDate));
            var invoiceId = writer.Add(row);
            invoiceIds.Add(invoiceId);
            foreach (var line in row.Lines)
            {
                line.InvoiceId = invoiceId;
                writer.Add(line);
            }

            foreach (var vat in row.VatSummary)
            {
                vat.InvoiceId = invoiceId;
                writer.Add(vat);
            }

            Observe(invoiceSeries, invoice.IssueDate, invoice.Number);
        }

        var noteIds = new List<long>(demo.InterestNotes.Count);
        foreach (var (note, dueDate) in demo.InterestNotes)
        {
            var row = InterestMapping.ToRow(note, customerId, dueDate, Issued(note.IssueDate));
            var noteId = writer.Add(row);
            noteIds.Add(noteId);
            foreach (var line in row.Lines)
            {
                line.InterestNoteId = noteId;
                writer.Add(line);
            }

            Observe(utility.InterestNoteSeries, note.IssueDate, note.Number);
        }

        // The order the generator posted its ledger in: invoices, interest notes, payments (rows replay by type, then id).
        for (var i = 0; i < demo.Invoices.Count; i++)
        {
            var invoice = demo.Invoices[i];
            writer.Add(LedgerMapping.ToRow(invoice.ToLedgerDocument(), customerId, Issued(invoice.IssueDate), invoiceId: invoiceIds[i]));
        }

        for (var i = 0; i < demo.InterestNotes.Count; i++)
        {
            var (note, dueDate) = demo.InterestNotes[i];
            writer.Add(LedgerMapping.ToRow(note.ToLedgerDocument(dueDate), customerId, Issued(note.IssueDate), interestNoteId: noteIds[i]));
        }

        for (var i = 0; i < demo.Payments.Count; i++)
        {
            writer.Add(PaymentRow(demo.Payments[i], customerId, i));
        }
    }

    private static LedgerEntryRow PaymentRow(Payment payment, long customerId, int position)
    {
        // Most pay by transfer to their individual account; every fifth payment came through the online gateway.
        var channel = position % 5 == 4 ? PaymentChannel.Online : PaymentChannel.BankTransfer;
        var title = payment.DocumentNumber is { } number ? "Zapłata za " + number : "Wpłata";
        return LedgerMapping.ToRow(payment, customerId, DemoCalendar.At(payment.ValueDate, 14).UtcDateTime, channel, title);
    }

    private void WriteCase(Case @case, DemoCustomer demo, long customerId)
    {
        var lastEvent = @case.History[^1].At > @case.Messages[^1].SentAt ? @case.History[^1].At : @case.Messages[^1].SentAt;
        var caseRow = new CaseRow
        {
            CustomerId = customerId,
            Signature = @case.Signature?.ToString(),
            Kind = @case.Kind,
            Subject = @case.Subject,
            Status = @case.Status,
            SubmittedAt = @case.SubmittedAt.UtcDateTime,
            ResponseDeadline = @case.ResponseDeadline,
            DeadlineExtendedAt = @case.DeadlineExtension?.At.UtcDateTime,
            DeadlineExtendedBy = @case.DeadlineExtension?.By.Name,
            DeadlineExtensionReason = @case.DeadlineExtension?.Reason,
            PreviousDeadline = @case.DeadlineExtension?.PreviousDeadline,
            CreatedBy = @case.Messages[0].Author.Name,
            ContactEmail = demo.Customer.Contact.Email?.Value,
            ContactPhone = demo.Customer.Contact.Phone?.Value,
            UpdatedAt = lastEvent.UtcDateTime,
        };
        var caseId = writer.Add(caseRow);
        foreach (var message in @case.Messages)
        {
            var messageId = writer.Add(new CaseMessageRow
            {
                CustomerId = customerId,
                CaseId = caseId,
                AuthorRole = message.Author.Role,
                AuthorName = message.Author.Name,
                Text = message.Text,
                SentAt = message.SentAt.UtcDateTime,
            });
            foreach (var attachment in message.Attachments)
            {
                // The generator knows only a photo's name and size; a small generated picture stands in for it.
                var content = DemoFiles.PlaceholderPhoto;
                writer.Add(new CaseAttachmentRow
                {
                    CustomerId = customerId,
                    CaseId = caseId,
                    MessageId = messageId,
                    FileName = Path.ChangeExtension(attachment.FileName, ".png"),
                    ContentType = "image/png",
                    SizeBytes = content.Length,
                    Content = content,
                    UploadedAt = message.SentAt.UtcDateTime,
                });
            }
        }

        foreach (var change in @case.History)
        {
            writer.Add(new CaseStatusChangeRow
            {
                CustomerId = customerId,
                CaseId = caseId,
                FromStatus = change.From,
                ToStatus = change.To,
                ChangedAt = change.At.UtcDateTime,
                ByRole = change.By.Role,
                ByName = change.By.Name,
                Note = change.Note,
            });
        }

        if (@case.Signature is { } signature)
        {
            var key = (signature.Prefix, signature.Year);
            CaseSequences[key] = Math.Max(CaseSequences.GetValueOrDefault(key), signature.Sequence);
        }
    }

    private void Observe(Domain.Billing.InvoiceNumberSeries series, DateOnly issueDate, string number)
    {
        var key = (series.Pattern, series.SequenceScope(issueDate));
        InvoiceSequences[key] = Math.Max(InvoiceSequences.GetValueOrDefault(key), series.Parse(number).Sequence);
    }

    private static DateTime Issued(DateOnly day) => DemoCalendar.At(day, 7).UtcDateTime;
}
