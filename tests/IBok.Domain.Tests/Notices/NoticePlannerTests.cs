using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Notices;
using IBok.Domain.Settlements;

namespace IBok.Domain.Tests.Notices;

public sealed class NoticePlannerTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private static readonly PostalAddress Home = new("Mickiewicza", "10", null, "47-100", "Strzelce Opolskie");

    private static CustomerNoticeState State(params (NotificationChannel Channel, NotificationKind Kind)[] consents) => new()
    {
        CustomerNumber = "100200",
        Email = "jan.kowalski@example.pl",
        Phone = "+48600100200",
        Consents = Consents(consents),
        PremisesAddresses = [Home],
    };

    private static ConsentSet Consents(params (NotificationChannel Channel, NotificationKind Kind)[] consents) =>
        consents.Aggregate(ConsentSet.Empty, (set, c) => set.Grant(c.Channel, c.Kind, new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)), ConsentSource.Portal).Consents);

    private static NoticeDocument Invoice(string number, DateOnly issued, DateOnly due, decimal gross, decimal outstanding) =>
        new(number, NoticeDocumentKind.Invoice, issued, due, Money.Pln(gross), Money.Pln(outstanding));

    private static IReadOnlyList<PlannedNotice> Plan(CustomerNoticeState state, DateOnly? day = null, params Outage[] outages) =>
        NoticePlanner.Plan(state, day ?? Today, outages);

    [Fact]
    public void InvoiceIssued_WithConsentOnBothChannels_PlansOneNoticePerChannel()
    {
        var state = State((NotificationChannel.Email, NotificationKind.InvoiceIssued), (NotificationChannel.Sms, NotificationKind.InvoiceIssued)) with
        {
            Documents = [Invoice("FV/2026/11/000123", Today, Today.AddDays(14), 150m, 150m)],
        };

        var notices = Plan(state);

        Assert.Equal(
            ["100200:email:invoice-issued:FV/2026/11/000123", "100200:sms:invoice-issued:FV/2026/11/000123"],
            notices.Select(n => n.IdempotencyKey));
        Assert.Equal(["jan.kowalski@example.pl", "+48600100200"], notices.Select(n => n.Recipient));
    }

    [Fact]
    public void InvoiceIssued_EInvoiceConsentAlone_SendsTheInvoiceByEmailOnly()
    {
        var state = State() with { EInvoiceConsent = true, Documents = [Invoice("FV/1", Today.AddDays(-2), Today.AddDays(12), 10m, 10m)] };

        var notice = Assert.Single(Plan(state));

        Assert.Equal((NotificationKind.InvoiceIssued, NotificationChannel.Email), (notice.Kind, notice.Channel));
    }

    [Fact]
    public void InvoiceIssued_OlderThanTheWindow_IsNotAnnounced()
    {
        var state = State((NotificationChannel.Email, NotificationKind.InvoiceIssued)) with
        {
            Documents = [Invoice("FV/1", Today.AddDays(-8), Today.AddDays(6), 10m, 0m)],
        };

        Assert.Empty(Plan(state));
    }

    [Fact]
    public void NoConsent_NoNotice_AndNoContact_NoNotice()
    {
        var document = Invoice("FV/1", Today, Today.AddDays(14), 10m, 10m);

        Assert.Empty(Plan(State() with { Documents = [document] }));
        Assert.Empty(Plan(State((NotificationChannel.Email, NotificationKind.InvoiceIssued)) with { Email = null, Documents = [document] }));
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(3, true)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void PaymentReminder_IsDueFromThreeDaysBeforeUntilTheDueDate(int daysToDue, bool expected)
    {
        var state = State((NotificationChannel.Sms, NotificationKind.PaymentReminder)) with
        {
            Documents = [Invoice("FV/7", Today.AddDays(-30), Today.AddDays(daysToDue), 80m, 80m)],
        };

        Assert.Equal(expected, Plan(state).Any(n => n.Kind == NotificationKind.PaymentReminder));
    }

    [Fact]
    public void PaymentReminder_PaidDocument_IsNotReminded()
    {
        var state = State((NotificationChannel.Sms, NotificationKind.PaymentReminder)) with
        {
            Documents = [Invoice("FV/7", Today.AddDays(-30), Today.AddDays(2), 80m, 0m)],
        };

        Assert.Empty(Plan(state));
    }

    [Fact]
    public void PaymentDemand_ListsEveryOverdueDocument_KeyedByTheLatestTrigger()
    {
        var state = State((NotificationChannel.Email, NotificationKind.PaymentDemand)) with
        {
            Documents =
            [
                Invoice("FV/2026/09/000001", new(2026, 9, 1), new(2026, 9, 15), 100m, 100m),
                Invoice("FV/2026/10/000001", new(2026, 10, 1), new(2026, 10, 15), 120m, 20m),
                Invoice("FV/2026/11/000001", new(2026, 11, 1), new(2026, 11, 18), 90m, 90m), // 3 days overdue: listed, not yet a trigger
                Invoice("FV/2026/08/000001", new(2026, 8, 1), new(2026, 8, 15), 70m, 0m), // paid
            ],
        };

        var demand = Assert.Single(Plan(state));

        Assert.Equal("100200:email:payment-demand:FV/2026/10/000001", demand.IdempotencyKey);
        var subject = Assert.IsType<PaymentDemandSubject>(demand.Subject);
        Assert.Equal(["FV/2026/09/000001", "FV/2026/10/000001", "FV/2026/11/000001"], subject.Overdue.Select(d => d.Number));
        Assert.Equal(Money.Pln(210m), subject.Total);
    }

    [Fact]
    public void PaymentDemand_ANewlyOverdueDocument_ChangesTheKey()
    {
        var state = State((NotificationChannel.Email, NotificationKind.PaymentDemand)) with
        {
            Documents =
            [
                Invoice("FV/A", new(2026, 10, 1), new(2026, 10, 15), 100m, 100m),
                Invoice("FV/B", new(2026, 11, 1), new(2026, 11, 18), 90m, 90m),
            ],
        };

        var before = Assert.Single(Plan(state, new DateOnly(2026, 11, 24)));
        var after = Assert.Single(Plan(state, new DateOnly(2026, 11, 25)));

        Assert.Equal("100200:email:payment-demand:FV/A", before.IdempotencyKey);
        Assert.Equal("100200:email:payment-demand:FV/B", after.IdempotencyKey);
    }

    [Fact]
    public void InterestNote_IssuedRecently_IsAnnouncedUnderItsOwnKind()
    {
        var note = new NoticeDocument("NO/2026/000004", NoticeDocumentKind.InterestNote, Today, Today.AddDays(14), Money.Pln(12.5m), Money.Pln(12.5m));
        var state = State((NotificationChannel.Email, NotificationKind.InterestNote)) with { Documents = [note] };

        var notice = Assert.Single(Plan(state));

        Assert.Equal("100200:email:interest-note:NO/2026/000004", notice.IdempotencyKey);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void ContractEnding_WithinThirtyDays_IsAnnounced(int daysToEnd, bool expected)
    {
        var state = State((NotificationChannel.Email, NotificationKind.ContractEnding)) with
        {
            Contracts = [new NoticeContract("U/2024/17", Today.AddDays(daysToEnd)), new NoticeContract("U/2020/1", null)],
        };

        Assert.Equal(expected ? 1 : 0, Plan(state).Count);
    }

    [Theory]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void LegalizationExpiring_WithinNinetyDays_IsAnnounced(int daysToExpiry, bool expected)
    {
        var state = State((NotificationChannel.Sms, NotificationKind.LegalizationExpiring)) with
        {
            Meters = [new NoticeMeter("WM-001122", MeterKind.Submeter, Today.AddDays(daysToExpiry))],
        };

        var notices = Plan(state);

        Assert.Equal(expected, notices.Count == 1);
        if (expected)
        {
            Assert.Equal($"100200:sms:legalization-expiring:WM-001122:{Today.AddDays(daysToExpiry):yyyy-MM-dd}", notices[0].IdempotencyKey);
        }
    }

    [Fact]
    public void Outage_OnTheCustomersStreet_IsAnnounced_ElsewhereNot()
    {
        var state = State((NotificationChannel.Sms, NotificationKind.Outage));
        var start = new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.FromHours(1));
        var here = new Outage("awaria-17", OutageKind.Failure, "Awaria wodociągu", "Brak wody do 14:00.", new OutageArea("strzelce opolskie", ["MICKIEWICZA", "Kościuszki"]), start, start.AddHours(6));
        var elsewhere = here with { Id = "awaria-18", Area = new OutageArea("Strzelce Opolskie", ["Opolska"]) };
        var wholeCity = here with { Id = "planowane-3", Kind = OutageKind.PlannedShutdown, Area = new OutageArea("Strzelce Opolskie") };
        var finished = here with { Id = "awaria-9", Starts = start.AddDays(-3), ExpectedEnd = start.AddDays(-2) };

        var notices = Plan(state, null, here, elsewhere, wholeCity, finished);

        Assert.Equal(["100200:sms:outage:awaria-17", "100200:sms:outage:planowane-3"], notices.Select(n => n.IdempotencyKey));
    }

    [Fact]
    public void Plan_RunTwiceOnConsecutiveDays_ProducesNoNewKeyForTheSameEvent()
    {
        var state = State(
            (NotificationChannel.Email, NotificationKind.InvoiceIssued),
            (NotificationChannel.Email, NotificationKind.PaymentReminder),
            (NotificationChannel.Email, NotificationKind.LegalizationExpiring)) with
        {
            Documents = [Invoice("FV/1", Today, Today.AddDays(3), 50m, 50m)],
            Meters = [new NoticeMeter("WM-1", MeterKind.MainWater, Today.AddDays(60))],
        };
        var sent = new HashSet<string>();
        var sentTwice = new List<string>();

        for (var day = Today; day <= Today.AddDays(10); day = day.AddDays(1))
        {
            foreach (var notice in Plan(state, day))
            {
                if (!sent.Add(notice.IdempotencyKey))
                {
                    sentTwice.Add(notice.IdempotencyKey);
                }
            }
        }

        // Every event keeps one key across the days it is planned on, so a dispatcher deduplicating by key sends each once.
        Assert.Equal(3, sent.Count);
        Assert.NotEmpty(sentTwice);
    }

    [Fact]
    public void Plan_IsDeterministic()
    {
        var state = State((NotificationChannel.Email, NotificationKind.InvoiceIssued)) with
        {
            Documents = [Invoice("FV/1", Today, Today.AddDays(14), 10m, 10m), Invoice("FV/2", Today, Today.AddDays(14), 20m, 20m)],
        };

        Assert.Equal(Plan(state), Plan(state));
    }

    [Fact]
    public void From_DomainObjects_GivesThePlannerTheCustomersWholeState()
    {
        var number = CustomerNumber.Parse("100200");
        var customer = Customer.Household(number, "Jan Kowalski", Home, ContactDetails.From("jan.kowalski@example.pl", null))
            .WithConsents(Consents((NotificationChannel.Email, NotificationKind.PaymentDemand), (NotificationChannel.Email, NotificationKind.LegalizationExpiring)));
        var premises = new Premises(PremisesCode.Parse("P-1"), Home, number);
        var einvoice = ElectronicInvoiceConsent.NotGranted.Grant(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), ConsentSource.Portal).Consents;
        var contract = new Contract("UM/2025/1", number, premises.Code, [UtilityService.WaterSupply, UtilityService.SewageDisposal], "G1",
            BillingCycle.BiMonthly, ReadingMethod.Collector, new DateOnly(2025, 1, 1), electronicInvoice: einvoice);
        var meter = new Meter("WM-42", MeterKind.MainWater, "P-1", new DateOnly(2021, 3, 1), new DateOnly(2021, 2, 10), 100000m);
        var ledger = Ledger.Empty("100200")
            .Post(DebitDocument.Invoice("FV/2026/09/000001", new(2026, 9, 1), new(2026, 9, 15), Money.Pln(100m))).LedgerOrThrow()
            .Post(DebitDocument.Invoice("FV/2026/11/000001", new(2026, 11, 20), new(2026, 12, 4), Money.Pln(90m))).LedgerOrThrow()
            .Post(new Payment("P1", new(2026, 9, 20), Money.Pln(40m))).LedgerOrThrow();

        var state = CustomerNoticeState.From(customer, [contract], [premises], [meter], LegalizationPolicy.Default, ledger, Today);
        var notices = NoticePlanner.Plan(state, Today, []);

        // The e-invoice consent on the contract sends the new invoice by e-mail; the September invoice is overdue with
        // 60.00 left; the meter legalized in 2021 is valid until 2026-12-31, within 90 days.
        Assert.Equal(
            [
                "100200:email:invoice-issued:FV/2026/11/000001",
                "100200:email:payment-demand:FV/2026/09/000001",
                "100200:email:legalization-expiring:WM-42:2026-12-31",
            ],
            notices.Select(n => n.IdempotencyKey));
        var demand = Assert.IsType<PaymentDemandSubject>(notices[1].Subject);
        Assert.Equal(Money.Pln(60m), demand.Total);
    }

    [Fact]
    public void OutageArea_WithoutCity_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OutageArea(" "));

        Assert.Contains("needs a city", ex.Message, StringComparison.Ordinal);
    }
}
