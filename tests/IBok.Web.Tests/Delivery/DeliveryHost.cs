using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.GraphQL.Application.Documents;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Tariffs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IBok.Web.Tests.Delivery;

/// <summary>
/// The real host on a temporary SQLite database, sending mail by SMTP to <see cref="SmtpReceiver"/>: by default with
/// authentication and without STARTTLS; <paramref name="settings"/> override any setting (e.g. <c>Mail:Smtp:StartTls</c>).
/// The background dispatcher and daily run are off so each test drives them itself; one metered customer with
/// e-invoice is seeded.
/// </summary>
internal sealed class DeliveryHost(int smtpPort, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string SmtpUser = "ibok";
    public const string SmtpPassword = "Tajne-Hasło-1";

    private readonly string _folder = Directory.CreateTempSubdirectory("ibok-web-delivery-").FullName;

    public AsyncServiceScope SystemScope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerAccessor>().Viewer = Viewer.System;
        return scope;
    }

    public async Task SeedAsync()
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<IBokDbContext>();
        await SchemaMigrator.MigrateAsync(db);
        db.Add(new PriceListRow
        {
            TariffGroup = "G1", EffectiveFrom = new DateOnly(2025, 7, 1), WaterNetPerCubicMetre = 5.90m, SewageNetPerCubicMetre = 9.18m,
            SubscriptionFees = [new SubscriptionFeeRow { ReadingMethod = ReadingMethod.Collector, StandardNet = 6.72m, WithEInvoiceNet = 5.72m }],
        });
        db.Add(new VatRatesRow { EffectiveFrom = new DateOnly(2023, 1, 1), WaterPercent = 8m, SewagePercent = 8m, SubscriptionPercent = 8m, HeatFixedPercent = 23m, HeatVariablePercent = 23m });
        var customer = new CustomerRow
        {
            Number = "100001", Name = "Łucja Żółć", SearchName = "lucja zolc", Street = "Łąkowa", BuildingNumber = "7", PostalCode = "62-200", City = "Gniezno",
            Email = "lucja.zolc@example.pl", CreatedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
        db.Add(customer);
        await db.SaveChangesAsync();
        var premises = new PremisesRow { CustomerId = customer.Id, Code = "P-100001", Street = "Łąkowa", BuildingNumber = "7", PostalCode = "62-200", City = "Gniezno" };
        db.Add(premises);
        await db.SaveChangesAsync();
        db.Add(new ContractRow
        {
            CustomerId = customer.Id, PremisesId = premises.Id, Number = "UM/1", Services = [UtilityService.WaterSupply, UtilityService.SewageDisposal],
            TariffGroup = "G1", BillingCycle = BillingCycle.Monthly, ReadingMethod = ReadingMethod.Collector, StartDate = new DateOnly(2025, 1, 1), BillingPoints = 1,
            ElectronicInvoice = true,
        });
        var meter = new MeterRow
        {
            CustomerId = customer.Id, PremisesId = premises.Id, SerialNumber = "WM-100001", Kind = MeterKind.MainWater, Unit = MeterUnit.CubicMetre,
            InstalledOn = new DateOnly(2025, 1, 1), LegalizedOn = new DateOnly(2025, 1, 1), LegalizationValidUntil = new DateOnly(2030, 12, 31), CounterCapacity = 100_000m,
        };
        db.Add(meter);
        await db.SaveChangesAsync();
        foreach (var (day, value, kind) in new[] { (new DateOnly(2025, 1, 1), 0m, ReadingKind.Installation), (new DateOnly(2026, 1, 31), 100m, ReadingKind.Collector), (new DateOnly(2026, 2, 28), 112m, ReadingKind.Collector) })
        {
            db.Add(new MeterReadingRow
            {
                CustomerId = customer.Id, MeterId = meter.Id, ReadingDate = day, Value = value, Kind = kind, Source = ReadingSource.Staff, Status = ReadingStatus.Accepted,
                SubmittedBy = "inkasent", CreatedAt = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
            });
        }

        await db.SaveChangesAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "ibok.db")};Pooling=False");
        builder.UseSetting("Mail:PickupFolder", Path.Combine(_folder, "mail"));
        builder.UseSetting("Mail:FromAddress", "ebok@wodociagi.example.pl");
        builder.UseSetting("Mail:FromName", "Wodociągi Gnieźnieńskie");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:StartTls", "false");
        builder.UseSetting("Mail:Smtp:UserName", SmtpUser);
        builder.UseSetting("Mail:Smtp:Password", SmtpPassword);
        builder.UseSetting("Delivery:PortalUrl", "https://ebok.wodociagi.example.pl");
        builder.UseSetting("Delivery:DispatcherEnabled", "false");
        builder.UseSetting("Delivery:DailyRunEnabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            // The PDF writer is built behind IInvoiceDocuments by another part of the issue; until it is registered, a
            // stand-in renders a recognisable PDF so the attachment path is tested end to end.
            services.TryAddScoped<IInvoiceDocuments, StandInInvoiceDocuments>();
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temporary folder is left behind then.
        }
    }

    private sealed class StandInInvoiceDocuments(IBokDbContext db) : IInvoiceDocuments
    {
        public async Task<RenderedDocument?> RenderInvoiceAsync(long invoiceId, CancellationToken cancellationToken)
        {
            var invoice = await db.Set<IBok.GraphQL.Persistence.Model.Billing.InvoiceRow>().FindAsync([invoiceId], cancellationToken);
            return invoice is null ? null : new RenderedDocument(invoice.Number.Replace('/', '-') + ".pdf", "application/pdf", System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {invoice.Number}\n%%EOF\n"));
        }

        public Task<RenderedDocument?> RenderInterestNoteAsync(long interestNoteId, CancellationToken cancellationToken) => Task.FromResult<RenderedDocument?>(null);
    }
}
