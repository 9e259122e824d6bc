using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application.Delivery;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Application.Mail;
using IBok.GraphQL.Application.Delivery.Sms;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Tests.Application.Delivery;

/// <summary>Customers with exactly the data each notice kind needs; the planning day is <see cref="Today"/> (2026-03-10).</summary>
internal static class DeliverySeed
{
    public static readonly DateOnly Today = new(2026, 3, 10);

    public static readonly DateTimeOffset Now = new(2026, 3, 10, 7, 0, 0, TimeSpan.Zero);

    public static readonly DateTime ConsentedAt = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);

    public static async Task<CustomerRow> CustomerAsync(
        IBokDbContext db, string number, string? email = "anna@example.pl", string? phone = "600 700 800", PreferredLanguage language = PreferredLanguage.Polish, string city = "Gniezno", string street = "Lipowa")
    {
        var customer = new CustomerRow
        {
            Number = number, Name = "Łucja Żółć", SearchName = "lucja zolc", Street = street, BuildingNumber = "1", PostalCode = "62-200", City = city,
            Email = email, Phone = phone, PreferredLanguage = language, CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Add(customer);
        await db.SaveChangesAsync();
        db.Add(new PremisesRow { CustomerId = customer.Id, Code = "P-" + number, Street = street, BuildingNumber = "1", PostalCode = "62-200", City = city });
        await db.SaveChangesAsync();
        return customer;
    }

    public static async Task ConsentAsync(IBokDbContext db, CustomerRow customer, NotificationChannel channel, params NotificationKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            db.Add(new ConsentChangeRow
            {
                CustomerId = customer.Id, Topic = ConsentTopic.Notification, Channel = channel, Kind = kind, Granted = true, ChangedAt = ConsentedAt, Source = ConsentSource.Portal,
            });
        }

        await db.SaveChangesAsync();
    }

    public static async Task ConsentToAllAsync(IBokDbContext db, CustomerRow customer, NotificationChannel channel) =>
        await ConsentAsync(db, customer, channel, Enum.GetValues<NotificationKind>());

    public static async Task<ContractRow> ContractAsync(IBokDbContext db, CustomerRow customer, string number, bool electronicInvoice = false, DateOnly? endDate = null)
    {
        var premisesId = db.Set<PremisesRow>().Where(row => row.CustomerId == customer.Id).Select(row => row.Id).First();
        var contract = new ContractRow
        {
            CustomerId = customer.Id, PremisesId = premisesId, Number = number, Services = [UtilityService.WaterSupply], TariffGroup = "G1",
            BillingCycle = BillingCycle.Monthly, ReadingMethod = ReadingMethod.Collector, StartDate = new DateOnly(2025, 1, 1), EndDate = endDate,
            ElectronicInvoice = electronicInvoice, BillingPoints = 1,
        };
        db.Add(contract);
        await db.SaveChangesAsync();
        return contract;
    }

    public static async Task DebitAsync(IBokDbContext db, CustomerRow customer, string number, DateOnly issued, DateOnly due, long grosze, DebitKind kind = DebitKind.Invoice)
    {
        db.Add(new LedgerEntryRow
        {
            CustomerId = customer.Id, EntryType = LedgerEntryType.Debit, Reference = number, DebitKind = kind, EntryDate = issued, DueDate = due, AmountGrosz = grosze,
            CreatedAt = issued.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync();
    }

    public static async Task MeterAsync(IBokDbContext db, CustomerRow customer, string serial, DateOnly legalizedUntil)
    {
        var premisesId = db.Set<PremisesRow>().Where(row => row.CustomerId == customer.Id).Select(row => row.Id).First();
        db.Add(new MeterRow
        {
            CustomerId = customer.Id, PremisesId = premisesId, SerialNumber = serial, Kind = MeterKind.MainWater, Unit = MeterUnit.CubicMetre,
            InstalledOn = new DateOnly(2021, 5, 1), LegalizedOn = new DateOnly(2021, 4, 1), LegalizationValidUntil = legalizedUntil, CounterCapacity = 100_000m,
        });
        await db.SaveChangesAsync();
    }

    public static async Task<NoticeRow> OutageAsync(IBokDbContext db, string city, params string[] streets)
    {
        var notice = new NoticeRow
        {
            Kind = NoticeKind.Failure, Title = "Awaria wodociągu", Body = "Brak wody z powodu awarii sieci.", Targeting = streets.Length == 0 ? NoticeTargeting.Area : NoticeTargeting.Streets,
            TargetCity = city, PublishedAt = Now.UtcDateTime.AddHours(-1), OutageStartsAt = Now.UtcDateTime.AddHours(1), OutageEndsAt = Now.UtcDateTime.AddHours(6),
            CreatedBy = "Anna Operator", CreatedAt = Now.UtcDateTime.AddHours(-1), Streets = [.. streets.Select(street => new NoticeStreetRow { Street = street })],
        };
        db.Add(notice);
        await db.SaveChangesAsync();
        return notice;
    }

    public static DeliveryOptions Options { get; } = new() { PortalUrl = "https://ebok.example.pl" };
}

/// <summary>Keeps every e-mail; fails the first <see cref="FailuresLeft"/> sends; can run code right after a send (the crash hook).</summary>
internal sealed class RecordingEmailSender : IEmailSender
{
    public List<EmailMessage> Sent { get; } = [];

    public int FailuresLeft { get; set; }

    public Action? AfterSend { get; set; }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        if (FailuresLeft > 0)
        {
            FailuresLeft--;
            throw new IOException("Connection refused by smtp.example.pl");
        }

        Sent.Add(message);
        AfterSend?.Invoke();
        cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }
}

/// <summary>Keeps every SMS.</summary>
internal sealed class RecordingSmsGateway : ISmsGateway
{
    public List<SmsMessage> Sent { get; } = [];

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        Sent.Add(message);
        return Task.CompletedTask;
    }
}

/// <summary>A stand-in PDF renderer for tests where the PDF's content does not matter (the real one is tested with the PDF writer).</summary>
internal sealed class FakeInvoiceDocuments : IInvoiceDocuments
{
    public static readonly byte[] Pdf = "%PDF-1.7\n% fake\n"u8.ToArray();

    public Task<RenderedDocument?> RenderInvoiceAsync(long invoiceId, CancellationToken cancellationToken) =>
        Task.FromResult<RenderedDocument?>(new RenderedDocument($"faktura-{invoiceId}.pdf", "application/pdf", Pdf));

    public Task<RenderedDocument?> RenderInterestNoteAsync(long interestNoteId, CancellationToken cancellationToken) =>
        Task.FromResult<RenderedDocument?>(new RenderedDocument($"nota-{interestNoteId}.pdf", "application/pdf", Pdf));
}
