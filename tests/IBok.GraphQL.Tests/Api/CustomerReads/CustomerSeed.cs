using IBok.Domain;
using IBok.Domain.Cases;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Cases;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>Writes the rows the read tests need, with the system viewer, each method saving what it adds.</summary>
internal sealed class CustomerSeed(IBokDbContext db)
{
    private static readonly DateTime Created = new(2026, 1, 2, 8, 0, 0, DateTimeKind.Utc);

    public async Task<CustomerRow> CustomerAsync(string number, string name = "Jan Kowalski")
    {
        var row = new CustomerRow
        {
            Number = number,
            Kind = CustomerKind.Household,
            Name = name,
            SearchName = name.ToLowerInvariant(),
            Street = "Ogrodowa",
            BuildingNumber = "5",
            ApartmentNumber = "2",
            PostalCode = "47-100",
            City = "Strzelce Opolskie",
            Email = $"{number}@example.pl",
            PreferredLanguage = PreferredLanguage.Polish,
            CreatedAt = Created,
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    public async Task<PremisesRow> PremisesAsync(CustomerRow customer, string code, string street = "Ogrodowa")
    {
        var row = new PremisesRow
        {
            CustomerId = customer.Id,
            Code = code,
            Street = street,
            BuildingNumber = "5",
            PostalCode = "47-100",
            City = "Strzelce Opolskie",
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    public async Task<ContractRow> ContractAsync(PremisesRow premises, string number, long? scanFileId = null)
    {
        var row = new ContractRow
        {
            CustomerId = premises.CustomerId,
            PremisesId = premises.Id,
            Number = number,
            Services = [UtilityService.WaterSupply, UtilityService.SewageDisposal],
            TariffGroup = "G1",
            BillingCycle = BillingCycle.Monthly,
            ReadingMethod = ReadingMethod.Collector,
            StartDate = new DateOnly(2019, 4, 1),
            ElectronicInvoice = true,
            SignedScanFileId = scanFileId,
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    public async Task<CustomerFileRow> FileAsync(CustomerRow customer, string fileName)
    {
        var row = new CustomerFileRow
        {
            CustomerId = customer.Id,
            FileName = fileName,
            ContentType = "application/pdf",
            SizeBytes = 3,
            Content = [1, 2, 3],
            UploadedAt = Created,
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    public async Task<MeterRow> MeterAsync(PremisesRow premises, string serialNumber, DateOnly legalizedOn, MeterKind kind = MeterKind.MainWater, DateOnly? validUntil = null)
    {
        var row = new MeterRow
        {
            CustomerId = premises.CustomerId,
            PremisesId = premises.Id,
            SerialNumber = serialNumber,
            Kind = kind,
            Unit = IBok.Domain.Metering.Meter.UnitOf(kind),
            InstalledOn = new DateOnly(2020, 1, 1),
            LegalizedOn = legalizedOn,
            LegalizationValidUntil = validUntil ?? LegalizationPolicy.Default.ValidUntil(
                new IBok.Domain.Metering.Meter(serialNumber, kind, "P", new DateOnly(2020, 1, 1), legalizedOn, 100_000m)),
            CounterCapacity = 100_000m,
            ReadingPrecision = IBok.Domain.Metering.Meter.DefaultReadingPrecision(kind),
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    /// <summary>Readings on the last day of consecutive months from <paramref name="firstMonth"/>, starting at <paramref name="start"/> and growing by <paramref name="monthly"/>.</summary>
    public async Task ReadingsAsync(MeterRow meter, DateOnly firstMonth, int count, decimal start, decimal monthly)
    {
        for (var i = 0; i < count; i++)
        {
            var month = firstMonth.AddMonths(i);
            db.Add(Reading(meter, new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)), start + (monthly * i)));
        }

        await db.SaveChangesAsync();
    }

    public async Task<MeterReadingRow> ReadingAsync(MeterRow meter, DateOnly date, decimal value, ReadingStatus status = ReadingStatus.Accepted, ReadingKind kind = ReadingKind.Collector)
    {
        var row = Reading(meter, date, value);
        row.Status = status;
        row.Kind = kind;
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    /// <summary>An invoice of one line with 8% VAT, and its debit in the ledger unless <paramref name="inLedger"/> is false.</summary>
    public async Task<InvoiceRow> InvoiceAsync(CustomerRow customer, string number, DateOnly issueDate, long netGrosz, bool inLedger = true)
    {
        var invoice = InvoiceRow(customer, number, issueDate, netGrosz);
        db.Add(invoice);
        await db.SaveChangesAsync();
        if (inLedger)
        {
            db.Add(Debit(invoice));
            await db.SaveChangesAsync();
        }

        return invoice;
    }

    /// <summary><paramref name="count"/> monthly invoices issued on the 3rd from <paramref name="firstIssue"/>, each in the ledger.</summary>
    public async Task InvoicesAsync(CustomerRow customer, DateOnly firstIssue, int count, long netGrosz)
    {
        var invoices = Enumerable.Range(0, count)
            .Select(i => InvoiceRow(customer, $"FV/{customer.Number}/{i + 1:000}", firstIssue.AddMonths(i), netGrosz + i))
            .ToList();
        db.AddRange(invoices);
        await db.SaveChangesAsync();
        db.AddRange(invoices.Select(Debit));
        await db.SaveChangesAsync();
    }

    public async Task PaymentAsync(CustomerRow customer, string reference, DateOnly valueDate, long grosz, string? documentNumber = null)
    {
        db.Add(new LedgerEntryRow
        {
            CustomerId = customer.Id,
            EntryType = LedgerEntryType.Payment,
            Reference = reference,
            EntryDate = valueDate,
            AmountGrosz = grosz,
            MatchedDocumentNumber = documentNumber,
            PaymentChannel = PaymentChannel.BankTransfer,
            Title = documentNumber is null ? "wpłata" : $"zapłata {documentNumber}",
            CreatedAt = Created,
        });
        await db.SaveChangesAsync();
    }

    public async Task<NoticeDeliveryRow> NoticeAsync(CustomerRow customer, string title, DateTime deliveredAt, DateTime? readAt)
    {
        var notice = new NoticeRow
        {
            Kind = NoticeKind.PlannedShutdown,
            Title = title,
            Body = "Przerwa w dostawie wody.",
            Targeting = NoticeTargeting.All,
            PublishedAt = deliveredAt,
            CreatedBy = "operator",
            CreatedAt = deliveredAt,
        };
        db.Add(notice);
        await db.SaveChangesAsync();
        var delivery = new NoticeDeliveryRow { CustomerId = customer.Id, NoticeId = notice.Id, DeliveredAt = deliveredAt, ReadAt = readAt };
        db.Add(delivery);
        await db.SaveChangesAsync();
        return delivery;
    }

    public async Task<CaseRow> CaseAsync(CustomerRow customer, string signature)
    {
        var row = new CaseRow
        {
            CustomerId = customer.Id,
            Signature = signature,
            Kind = CaseKind.Complaint,
            Subject = "Reklamacja faktury",
            Status = CaseStatus.Submitted,
            SubmittedAt = Created,
            ResponseDeadline = new DateOnly(2026, 2, 1),
            CreatedBy = customer.Name,
            UpdatedAt = Created,
        };
        db.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    private static MeterReadingRow Reading(MeterRow meter, DateOnly date, decimal value) => new()
    {
        CustomerId = meter.CustomerId,
        MeterId = meter.Id,
        ReadingDate = date,
        Value = value,
        Kind = ReadingKind.Collector,
        Source = ReadingSource.Import,
        Status = ReadingStatus.Accepted,
        SubmittedBy = "inkasent",
        CreatedAt = Created,
    };

    private static InvoiceRow InvoiceRow(CustomerRow customer, string number, DateOnly issueDate, long netGrosz)
    {
        var vat = (long)Math.Round(netGrosz * 0.08m, MidpointRounding.AwayFromZero);
        var periodEnd = issueDate.AddDays(-issueDate.Day);
        var invoice = new InvoiceRow
        {
            CustomerId = customer.Id,
            Number = number,
            Series = "FV/{yyyy}/{MM}/{seq:6}",
            Kind = InvoiceKind.Invoice,
            IssueDate = issueDate,
            SaleDate = periodEnd,
            DueDate = issueDate.AddDays(14),
            PaymentTermDays = 14,
            PeriodStart = new DateOnly(periodEnd.Year, periodEnd.Month, 1),
            PeriodEnd = periodEnd,
            ContractNumber = $"UM/{customer.Number}",
            TariffGroup = "G1",
            VatMethod = VatCalculationMethod.PerRateTotals,
            SellerName = "Wodociągi Sp. z o.o.",
            SellerStreet = "Mickiewicza",
            SellerBuildingNumber = "10",
            SellerPostalCode = "47-100",
            SellerCity = "Strzelce Opolskie",
            SellerNip = "7740001454",
            SellerBankAccount = "82102010260000021234567800",
            BuyerName = customer.Name,
            BuyerStreet = customer.Street,
            BuyerBuildingNumber = customer.BuildingNumber,
            BuyerApartmentNumber = customer.ApartmentNumber,
            BuyerPostalCode = customer.PostalCode,
            BuyerCity = customer.City,
            NetGrosz = netGrosz,
            VatGrosz = vat,
            GrossGrosz = netGrosz + vat,
            CreatedAt = Created,
        };
        invoice.Lines.Add(new InvoiceLineRow
        {
            CustomerId = customer.Id,
            LineNumber = 1,
            Component = TariffComponent.Water,
            Name = "Dostawa wody",
            PeriodStart = invoice.PeriodStart,
            PeriodEnd = invoice.PeriodEnd,
            Quantity = 10m,
            Unit = "m³",
            NetUnitPrice = netGrosz / 1000m,
            NetGrosz = netGrosz,
            VatPercent = 8m,
        });
        invoice.VatSummary.Add(new InvoiceVatSummaryRow { CustomerId = customer.Id, VatPercent = 8m, NetGrosz = netGrosz, VatGrosz = vat, GrossGrosz = netGrosz + vat });
        return invoice;
    }

    private static LedgerEntryRow Debit(InvoiceRow invoice) => new()
    {
        CustomerId = invoice.CustomerId,
        EntryType = LedgerEntryType.Debit,
        Reference = invoice.Number,
        DebitKind = DebitKind.Invoice,
        EntryDate = invoice.IssueDate,
        DueDate = invoice.DueDate,
        AmountGrosz = invoice.GrossGrosz,
        InvoiceId = invoice.Id,
        CreatedAt = Created,
    };
}
