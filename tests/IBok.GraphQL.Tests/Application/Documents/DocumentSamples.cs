using IBok.Domain;
using IBok.Domain.Tariffs;
using IBok.GraphQL.Persistence.Model.Billing;
using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Persistence.Model.Interest;

namespace IBok.GraphQL.Tests.Application.Documents;

/// <summary>Invoice, correction and interest note rows with literal values, for documents' exact expected text.</summary>
internal static class DocumentSamples
{
    public const string SellerName = "Przedsiębiorstwo Wodociągów i Kanalizacji „Zdrój” Sp. z o.o.";
    public const string SellerNip = "1234563218";
    public const string IndividualAccount = "61109010140000071219812874";

    public static InvoiceRow Invoice(long customerId = 0, string number = "FV/2026/02/000123", string buyerName = "Zażółć gęślą jaźń") => new()
    {
        CustomerId = customerId,
        Number = number,
        Series = "FV/{yyyy}/{MM}/{seq:6}",
        Kind = InvoiceKind.Invoice,
        IssueDate = new DateOnly(2026, 2, 3),
        SaleDate = new DateOnly(2026, 1, 31),
        DueDate = new DateOnly(2026, 2, 17),
        PaymentTermDays = 14,
        PeriodStart = new DateOnly(2026, 1, 1),
        PeriodEnd = new DateOnly(2026, 1, 31),
        ContractNumber = "U/2019/0457",
        TariffGroup = "G1",
        VatMethod = VatCalculationMethod.PerRateTotals,
        SellerName = SellerName,
        SellerStreet = "Wodociągowa",
        SellerBuildingNumber = "2",
        SellerPostalCode = "47-100",
        SellerCity = "Strzelce Opolskie",
        SellerNip = SellerNip,
        SellerBankAccount = IndividualAccount,
        BuyerName = buyerName,
        BuyerStreet = "Źródlana",
        BuyerBuildingNumber = "14",
        BuyerApartmentNumber = "3",
        BuyerPostalCode = "47-150",
        BuyerCity = "Łąka Prudnicka",
        BuyerNip = "7751001452",
        NetGrosz = 14_236,
        VatGrosz = 1_195,
        GrossGrosz = 15_431,
        CreatedAt = new DateTime(2026, 2, 3, 6, 0, 0, DateTimeKind.Utc),
        Lines =
        [
            Line(customerId, 1, TariffComponent.Water, "Dostawa wody", 12.000m, "m³", 5.43m, 6_516, 8m),
            Line(customerId, 2, TariffComponent.Sewage, "Odprowadzanie ścieków", 12.000m, "m³", 6.12m, 7_344, 8m),
            Line(customerId, 3, TariffComponent.Subscription, "Opłata abonamentowa", 1m, "mies.", 3.76m, 376, 23m),
        ],
        // 8%: 138,60 net → 11,09 VAT; 23%: 3,76 net → 0,86 VAT (VAT per rate on the rate's net total).
        VatSummary =
        [
            new InvoiceVatSummaryRow { CustomerId = customerId, VatPercent = 8m, NetGrosz = 13_860, VatGrosz = 1_109, GrossGrosz = 14_969 },
            new InvoiceVatSummaryRow { CustomerId = customerId, VatPercent = 23m, NetGrosz = 376, VatGrosz = 86, GrossGrosz = 462 },
        ],
    };

    public static InvoiceRow Correction(long customerId = 0) => new()
    {
        CustomerId = customerId,
        Number = "FK/2026/03/000007",
        Series = "FK/{yyyy}/{MM}/{seq:6}",
        Kind = InvoiceKind.Correction,
        IssueDate = new DateOnly(2026, 3, 10),
        SaleDate = new DateOnly(2026, 1, 31),
        DueDate = new DateOnly(2026, 3, 24),
        PaymentTermDays = 14,
        PeriodStart = new DateOnly(2026, 1, 1),
        PeriodEnd = new DateOnly(2026, 1, 31),
        ContractNumber = "U/2019/0457",
        TariffGroup = "G1",
        VatMethod = VatCalculationMethod.PerRateTotals,
        SellerName = SellerName,
        SellerStreet = "Wodociągowa",
        SellerBuildingNumber = "2",
        SellerPostalCode = "47-100",
        SellerCity = "Strzelce Opolskie",
        SellerNip = SellerNip,
        SellerBankAccount = IndividualAccount,
        BuyerName = "Zażółć gęślą jaźń",
        BuyerStreet = "Źródlana",
        BuyerBuildingNumber = "14",
        BuyerPostalCode = "47-150",
        BuyerCity = "Łąka Prudnicka",
        NetGrosz = -1_086,
        VatGrosz = -87,
        GrossGrosz = -1_173,
        CorrectedInvoiceId = null,
        CorrectedInvoiceNumber = "FV/2026/02/000123",
        CorrectionReason = "Błędny odczyt wodomierza (zgłoszenie ZG/2026/000045)",
        CreatedAt = new DateTime(2026, 3, 10, 6, 0, 0, DateTimeKind.Utc),
        Lines =
        [
            Line(customerId, 1, TariffComponent.Water, "Dostawa wody", 12.000m, "m³", 5.43m, 6_516, 8m, CorrectionSide.Before),
            Line(customerId, 1, TariffComponent.Water, "Dostawa wody", 10.000m, "m³", 5.43m, 5_430, 8m, CorrectionSide.After),
        ],
        VatSummary = [new InvoiceVatSummaryRow { CustomerId = customerId, VatPercent = 8m, NetGrosz = -1_086, VatGrosz = -87, GrossGrosz = -1_173 }],
    };

    public static CustomerRow Customer(string number = "100200", string name = "Zażółć gęślą jaźń") => new()
    {
        Number = number,
        Kind = IBok.Domain.Customers.CustomerKind.Household,
        Name = name,
        SearchName = name,
        Street = "Źródlana",
        BuildingNumber = "14",
        ApartmentNumber = "3",
        PostalCode = "47-150",
        City = "Łąka Prudnicka",
        PreferredLanguage = IBok.Domain.Customers.PreferredLanguage.Polish,
        IndividualAccountNumber = IndividualAccount,
        CreatedAt = new DateTime(2026, 1, 2, 8, 0, 0, DateTimeKind.Utc),
    };

    public static InterestNoteRow InterestNote(long customerId = 0) => new()
    {
        CustomerId = customerId,
        Number = "NO/2026/04/000012",
        IssueDate = new DateOnly(2026, 4, 2),
        DueDate = new DateOnly(2026, 4, 16),
        RateTableName = IBok.Domain.Interest.StatutoryLateInterest.Table.Name,
        TotalGrosz = 1_234,
        CreatedAt = new DateTime(2026, 4, 2, 6, 0, 0, DateTimeKind.Utc),
        Lines =
        [
            new InterestNoteLineRow
            {
                CustomerId = customerId, DocumentNumber = "FV/2026/02/000123", PaymentReference = "WB/2026/03/0042",
                AmountPaidLateGrosz = 15_431, DueDate = new DateOnly(2026, 2, 17), PaidOn = new DateOnly(2026, 3, 20),
                Days = 31, Rates = "9.5;9.25", InterestGrosz = 1_234,
            },
        ],
    };

    public static Money Pln(decimal amount) => Money.Pln(amount);

    private static InvoiceLineRow Line(
        long customerId, int number, TariffComponent component, string name, decimal quantity, string unit, decimal price, long netGrosz, decimal vat, CorrectionSide? side = null) => new()
    {
        CustomerId = customerId,
        LineNumber = number,
        CorrectionSide = side,
        Component = component,
        Name = name,
        PeriodStart = new DateOnly(2026, 1, 1),
        PeriodEnd = new DateOnly(2026, 1, 31),
        Quantity = quantity,
        Unit = unit,
        NetUnitPrice = price,
        NetGrosz = netGrosz,
        VatPercent = vat,
    };
}
