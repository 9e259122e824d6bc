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
using IBok.GraphQL.Persistence.Model.Delivery;
using IBok.GraphQL.Persistence.Model.Documents;
using IBok.GraphQL.Persistence.Model.Interest;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Notices;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Persistence.Model.Tariffs;

namespace IBok.GraphQL.Tests.Persistence.Model;

/// <summary>
/// Representative rows for every table of the core model, with values that test the storage: money in grosze
/// (including a large and a negative amount), dates at month ends, instants with microseconds, quantities with 3
/// decimals, prices with 4, Polish letters, bytes. Every row a customer owns is made by <see cref="AddCustomerAsync"/>;
/// <see cref="ViewerFilterTests"/> fails for a new owned table until it is added here.
/// </summary>
internal static class CoreRows
{
    /// <summary>An instant with microseconds (the finest both databases keep).</summary>
    public static readonly DateTime Instant = new DateTime(2026, 3, 5, 10, 15, 30, DateTimeKind.Utc).AddTicks(1_234_560);

    /// <summary>Adds the rows no customer owns (tariffs, counters, rates, a notice, a form); returns the notice.</summary>
    public static async Task<NoticeRow> AddSharedAsync(IBokDbContext db)
    {
        db.Add(new PriceListRow
        {
            TariffGroup = "G1",
            EffectiveFrom = new DateOnly(2026, 1, 1),
            EffectiveUntil = new DateOnly(2026, 12, 31),
            WaterNetPerCubicMetre = 5.2345m,
            SewageNetPerCubicMetre = 7.1100m,
            HeatFixedNetPerMegawattMonth = 9876.5432m,
            HeatVariableNetPerGigajoule = 45.6789m,
            SubscriptionFees = [new SubscriptionFeeRow { ReadingMethod = ReadingMethod.Collector, StandardNet = 4.50m, WithEInvoiceNet = 3.5001m }],
        });
        db.Add(new VatRatesRow
        {
            EffectiveFrom = new DateOnly(2023, 1, 1),
            WaterPercent = 8m,
            SewagePercent = 8m,
            SubscriptionPercent = 8m,
            HeatFixedPercent = 23m,
            HeatVariablePercent = 23m,
        });
        db.Add(new InvoiceNumberCounterRow { Series = "FV/{yyyy}/{MM}/{seq:6}", Scope = "FV/2026/02/{seq:6}", LastSequence = 41, Version = 3 });
        db.Add(new InterestRateRow { TableName = "statutory", EffectiveFrom = new DateOnly(2023, 10, 5), AnnualRatePercent = 11.25m });
        db.Add(new CaseSignatureCounterRow { Prefix = "RK", Year = 2026, LastSequence = 123, Version = 1 });
        db.Add(new DocumentRow
        {
            Title = "Wniosek o zawarcie umowy",
            Description = "Druk dla gospodarstw domowych (wersja źródłowa)",
            Category = "Umowy",
            FileName = "wniosek-umowa.pdf",
            ContentType = "application/pdf",
            SizeBytes = 4,
            Content = [0x25, 0x50, 0x44, 0x46],
            PublishedAt = Instant,
        });
        var notice = new NoticeRow
        {
            Kind = NoticeKind.Failure,
            Title = "Awaria sieci wodociągowej",
            Body = "Przerwa w dostawie wody na ul. Źródlanej.",
            Targeting = NoticeTargeting.Streets,
            TargetCity = "Strzelce Opolskie",
            PublishedAt = Instant,
            OutageStartsAt = Instant.AddHours(1),
            OutageEndsAt = Instant.AddHours(7),
            CreatedBy = "Anna Operatorka",
            CreatedAt = Instant,
            Streets = [new NoticeStreetRow { Street = "Źródlana" }, new NoticeStreetRow { Street = "Ogrodowa" }],
        };
        db.Add(notice);
        await db.SaveChangesAsync();
        return notice;
    }

    /// <summary>
    /// Adds customer number <c>1000{index}</c> with one row in every table a customer owns; returns every row added.
    /// </summary>
    public static async Task<IReadOnlyList<object>> AddCustomerAsync(IBokDbContext db, int index, long noticeId)
    {
        var rows = new List<object>();
        T Add<T>(T row)
            where T : class
        {
            db.Add(row);
            rows.Add(row);
            return row;
        }

        var customer = Add(new CustomerRow
        {
            Number = "1000" + index,
            Kind = CustomerKind.Business,
            Name = $"Łucja Żółć-Gęślą {index} Sp. z o.o.",
            SearchName = $"lucja zolc-gesla {index} sp. z o.o.",
            Nip = "5250001210",
            Street = "Źródlana",
            BuildingNumber = "12A",
            ApartmentNumber = "3",
            PostalCode = "47-100",
            City = "Strzelce Opolskie",
            Email = $"lucja{index}@example.pl",
            Phone = "+48601234567",
            PreferredLanguage = PreferredLanguage.English,
            IndividualAccountNumber = "61109010140000071219812874",
            CreatedAt = Instant,
        });
        await db.SaveChangesAsync();
        rows.AddRange(await AddOwnedRowsAsync(db, customer.Id, index, noticeId));
        rows.AddRange(await AddDeliveryRowsAsync(db, customer.Id, index, rows));
        return rows;
    }

    /// <summary>
    /// Rows of the delivery tables (migration 0005), kept apart from <see cref="AddOwnedRowsAsync"/> because the upgrade
    /// test writes that one into a schema older than these tables.
    /// </summary>
    private static async Task<IReadOnlyList<object>> AddDeliveryRowsAsync(IBokDbContext db, long customerId, int index, IReadOnlyList<object> rows)
    {
        var added = new List<object>();
        added.Add(new OutboxMessageRow
        {
            CustomerId = customerId,
            IdempotencyKey = $"invoice-issued:{index}:FV/2026/02/00000{index}:email",
            Kind = NotificationKind.InvoiceIssued,
            Channel = NotificationChannel.Email,
            Recipient = $"lucja{index}@example.pl",
            RecipientName = "Łucja Żółć",
            Subject = "Nowa faktura — zażółć gęślą jaźń",
            TextBody = "Treść wiadomości: 1 234,56 zł.",
            HtmlBody = "<p>Treść wiadomości: 1&nbsp;234,56&nbsp;zł.</p>",
            UnsubscribeUrl = "https://ibok.example.pl/zgody/wypisz?rodzaj=faktura&kanal=email",
            AttachInvoiceId = rows.OfType<InvoiceRow>().First().Id,
            AttachInterestNoteId = rows.OfType<InterestNoteRow>().First().Id,
            Status = OutboxStatus.Parked,
            Attempts = 7,
            NextAttemptAt = Instant.AddMinutes(5),
            LeaseUntil = Instant.AddMinutes(1),
            LastError = "421 Usługa niedostępna",
            CreatedAt = Instant,
            SentAt = Instant.AddSeconds(3),
        });
        added.Add(new NoticeRunRow
        {
            RunDate = new DateOnly(2026, 2, index),
            StartedAt = Instant,
            FinishedAt = Instant.AddSeconds(42),
            Customers = 100_000,
            Planned = 1_234,
            Enqueued = 1_200,
            AlreadyQueued = 30,
            Failed = 4,
        });
        db.AddRange(added);
        await db.SaveChangesAsync();
        return added;
    }

    /// <summary>
    /// Adds one row in every table a customer owns, except the customer row itself, for an existing customer
    /// (the upgrade test inserts that one with SQL of the older schema).
    /// </summary>
    public static async Task<IReadOnlyList<object>> AddOwnedRowsAsync(IBokDbContext db, long customerId, int index, long noticeId)
    {
        var rows = new List<object>();
        T Add<T>(T row)
            where T : class
        {
            db.Add(row);
            rows.Add(row);
            return row;
        }

        var file = Add(new CustomerFileRow
        {
            CustomerId = customerId,
            FileName = "umowa-podpisana.pdf",
            ContentType = "application/pdf",
            SizeBytes = 3,
            Content = [0x00, 0xFF, 0x7F],
            UploadedAt = Instant,
        });
        var premises = Add(new PremisesRow
        {
            CustomerId = customerId,
            Code = $"P-{index}/001",
            Street = "Ogrodowa",
            BuildingNumber = "5",
            ApartmentNumber = null,
            PostalCode = "47-100",
            City = "Strzelce Opolskie",
        });
        var caseRow = Add(new CaseRow
        {
            CustomerId = customerId,
            Signature = $"RK/2026/00012{index}",
            Kind = CaseKind.Complaint,
            Subject = "Reklamacja faktury — zawyżone zużycie",
            Status = CaseStatus.InProgress,
            SubmittedAt = Instant,
            ResponseDeadline = new DateOnly(2026, 4, 4),
            DeadlineExtendedAt = Instant.AddDays(2),
            DeadlineExtendedBy = "Anna Operatorka",
            DeadlineExtensionReason = "Potrzebna ekspertyza wodomierza",
            PreviousDeadline = new DateOnly(2026, 4, 4),
            TrackingSecretHash = "sha256:abc",
            CreatedByAccountId = 70 + index,
            CreatedBy = "Łucja Żółć",
            ContactEmail = null,
            ContactPhone = "+48601234567",
            UpdatedAt = Instant.AddDays(2),
        });
        await db.SaveChangesAsync();

        var contract = Add(new ContractRow
        {
            CustomerId = customerId,
            PremisesId = premises.Id,
            Number = $"UM/2019/004{index}",
            Services = [UtilityService.WaterSupply, UtilityService.SewageDisposal, UtilityService.Heat],
            TariffGroup = "G1",
            BillingCycle = BillingCycle.BiMonthly,
            ReadingMethod = ReadingMethod.Collector,
            StartDate = new DateOnly(2019, 2, 28),
            EndDate = new DateOnly(2029, 12, 31),
            BillingPoints = 2,
            OrderedHeatPowerMegawatts = 0.125m,
            ElectronicInvoice = true,
            SignedScanFileId = file.Id,
        });
        var meter = Add(new MeterRow
        {
            CustomerId = customerId,
            PremisesId = premises.Id,
            SerialNumber = $"WM-{index}-0001",
            Kind = MeterKind.Heat,
            Unit = MeterUnit.Gigajoule,
            InstalledOn = new DateOnly(2021, 6, 30),
            RemovedOn = new DateOnly(2026, 2, 28),
            LegalizedOn = new DateOnly(2021, 6, 1),
            LegalizationValidUntil = new DateOnly(2026, 12, 31),
            CounterCapacity = 99999.999m,
            ReadingPrecision = 3,
        });
        var message = Add(new CaseMessageRow
        {
            CustomerId = customerId,
            CaseId = caseRow.Id,
            AuthorRole = CaseActorRole.Customer,
            AuthorName = "Łucja Żółć",
            AuthorAccountId = 70 + index,
            Text = "Proszę o sprawdzenie odczytu — zużycie jest zbyt wysokie.",
            SentAt = Instant,
        });
        Add(new CaseStatusChangeRow
        {
            CustomerId = customerId,
            CaseId = caseRow.Id,
            FromStatus = CaseStatus.Registered,
            ToStatus = CaseStatus.InProgress,
            ChangedAt = Instant.AddHours(3),
            ByRole = CaseActorRole.Staff,
            ByName = "Anna Operatorka",
            Note = "Przekazano do działu odczytów",
        });
        Add(new DataChangeRequestRow
        {
            CustomerId = customerId,
            Kind = DataChangeKind.CorrespondenceAddress,
            RequestedValuesJson = """{"street":"Żeromskiego","buildingNumber":"7"}""",
            Comment = "Przeprowadzka",
            Status = DataChangeRequestStatus.Pending,
            RequestedAt = Instant,
            CaseId = caseRow.Id,
        });
        var refundRequest = Add(new RefundRequestRow
        {
            CustomerId = customerId,
            AmountGrosz = 12_345,
            BankAccountNumber = "61109010140000071219812874",
            Status = RefundRequestStatus.Paid,
            RequestedAt = Instant,
            DecidedAt = Instant.AddDays(1),
            DecidedBy = "Anna Operatorka",
            DecisionNote = "Zwrot nadpłaty",
            CaseId = caseRow.Id,
        });
        Add(new NoticeDeliveryRow { CustomerId = customerId, NoticeId = noticeId, DeliveredAt = Instant, ReadAt = Instant.AddMinutes(5) });
        var note = Add(new InterestNoteRow
        {
            CustomerId = customerId,
            Number = $"NO/2026/00000{index}",
            IssueDate = new DateOnly(2026, 3, 31),
            DueDate = new DateOnly(2026, 4, 14),
            RateTableName = "statutory",
            TotalGrosz = 1_234,
            CreatedAt = Instant,
        });
        var invoice = Add(new InvoiceRow
        {
            CustomerId = customerId,
            Number = $"FV/2026/02/00000{index}",
            Series = "FV/{yyyy}/{MM}/{seq:6}",
            Kind = InvoiceKind.Invoice,
            IssueDate = new DateOnly(2026, 2, 3),
            SaleDate = new DateOnly(2026, 1, 31),
            DueDate = new DateOnly(2026, 2, 17),
            PaymentTermDays = 14,
            PeriodStart = new DateOnly(2026, 1, 1),
            PeriodEnd = new DateOnly(2026, 1, 31),
            ContractNumber = $"UM/2019/004{index}",
            TariffGroup = "G1",
            VatMethod = VatCalculationMethod.PerRateTotals,
            SellerName = "Wodociągi Strzeleckie Sp. z o.o.",
            SellerStreet = "Mickiewicza",
            SellerBuildingNumber = "10",
            SellerApartmentNumber = null,
            SellerPostalCode = "47-100",
            SellerCity = "Strzelce Opolskie",
            SellerNip = "7740001454",
            SellerBankAccount = "61109010140000071219812874",
            BuyerName = "Łucja Żółć-Gęślą",
            BuyerStreet = "Źródlana",
            BuyerBuildingNumber = "12A",
            BuyerApartmentNumber = "3",
            BuyerPostalCode = "47-100",
            BuyerCity = "Strzelce Opolskie",
            BuyerNip = "5250001210",
            NetGrosz = 98_765_432_101,
            VatGrosz = 7_901_234_568,
            GrossGrosz = 106_666_666_669,
            CreatedAt = Instant,
        });
        await db.SaveChangesAsync();

        Add(new ConsentRow
        {
            CustomerId = customerId,
            Topic = ConsentTopic.ElectronicInvoice,
            ContractId = contract.Id,
            Granted = true,
            ChangedAt = Instant,
        });
        Add(new ConsentChangeRow
        {
            CustomerId = customerId,
            Topic = ConsentTopic.Notification,
            Channel = NotificationChannel.Sms,
            Kind = NotificationKind.Outage,
            Granted = false,
            ChangedAt = Instant,
            Source = ConsentSource.Paper,
        });
        Add(new MeterReadingRow
        {
            CustomerId = customerId,
            MeterId = meter.Id,
            ReadingDate = new DateOnly(2026, 1, 31),
            Value = 12345.678m,
            Kind = ReadingKind.Customer,
            Source = ReadingSource.Portal,
            Status = ReadingStatus.FlaggedForReview,
            ReviewReasons = [ReadingReviewReason.CounterRollover, ReadingReviewReason.UnusuallyHighConsumption],
            SubmittedByAccountId = 70 + index,
            SubmittedBy = "Łucja Żółć",
            CreatedAt = Instant,
            ReviewedAt = Instant.AddDays(1),
            ReviewedBy = "Anna Operatorka",
            ReviewNote = "Sprawdzić plombę",
        });
        Add(new CaseAttachmentRow
        {
            CustomerId = customerId,
            CaseId = caseRow.Id,
            MessageId = message.Id,
            FileName = "zdjęcie-licznika.jpg",
            ContentType = "image/jpeg",
            SizeBytes = 5,
            Content = [0xFF, 0xD8, 0xFF, 0x00, 0x01],
            UploadedAt = Instant,
        });
        Add(new InvoiceLineRow
        {
            CustomerId = customerId,
            InvoiceId = invoice.Id,
            LineNumber = 1,
            CorrectionSide = CorrectionSide.After,
            Component = TariffComponent.HeatVariable,
            Name = "Opłata zmienna za ciepło",
            PeriodStart = new DateOnly(2026, 1, 1),
            PeriodEnd = new DateOnly(2026, 1, 31),
            Quantity = 1234.5678m,
            Unit = "GJ",
            NetUnitPrice = 45.6789m,
            NetGrosz = 5_639_256,
            VatPercent = 23m,
            IsEstimated = true,
        });
        Add(new InvoiceVatSummaryRow { CustomerId = customerId, InvoiceId = invoice.Id, VatPercent = 8m, NetGrosz = 15_158, VatGrosz = 1_213, GrossGrosz = 16_371 });
        Add(new InterestNoteLineRow
        {
            CustomerId = customerId,
            InterestNoteId = note.Id,
            DocumentNumber = $"FV/2026/02/00000{index}",
            PaymentReference = "BANK-2026-0001",
            AmountPaidLateGrosz = 16_371,
            DueDate = new DateOnly(2026, 2, 17),
            PaidOn = new DateOnly(2026, 3, 2),
            Days = 13,
            Rates = "11.25",
            InterestGrosz = 66,
        });
        Add(new LedgerEntryRow
        {
            CustomerId = customerId,
            EntryType = LedgerEntryType.Debit,
            Reference = $"FV/2026/02/00000{index}K",
            DebitKind = DebitKind.CorrectionInvoice,
            EntryDate = new DateOnly(2026, 2, 28),
            DueDate = new DateOnly(2026, 3, 14),
            AmountGrosz = -1_050,
            CorrectedDocumentNumber = $"FV/2026/02/00000{index}",
            InvoiceId = invoice.Id,
            InterestNoteId = note.Id,
            PaymentChannel = PaymentChannel.BankTransfer,
            Title = "Korekta — błędny odczyt",
            MatchedDocumentNumber = $"FV/2026/02/00000{index}",
            RefundRequestId = refundRequest.Id,
            CreatedAt = Instant,
        });
        await db.SaveChangesAsync();
        return rows;
    }
}
