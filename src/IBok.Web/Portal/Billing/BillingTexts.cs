using System.Globalization;
using System.Text.RegularExpressions;
using IBok.Domain.Customers;
using IBok.Domain.Metering;
using IBok.Domain.Settlements;
using IBok.GraphQL.Application.Common;
using IBok.GraphQL.Application.Readings;
using IBok.GraphQL.Persistence.Model.Metering;
using IBok.GraphQL.Persistence.Model.Settlements;

namespace IBok.Web.Portal.Billing;

/// <summary>
/// The billing pages' words for the application layer's values: error messages in the request's language (the
/// application layer writes both), and names of reading kinds, statuses and document states.
/// </summary>
public static partial class BillingTexts
{
    /// <summary>
    /// The error's message in the portal's language, its dates written as the portal writes dates (<c>21.11.2026</c>,
    /// <c>21 Nov 2026</c>): the application layer writes them as ISO dates for every client alike.
    /// </summary>
    public static string Text(this UserError error, PortalLanguage language)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message(language == PortalLanguage.English ? PreferredLanguage.English : PreferredLanguage.Polish);
        var format = PortalFormat.For(language);
        return IsoDate().Replace(message, match =>
            DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? format.Date(day) : match.Value);
    }

    // Not part of a longer word or run of digits and dashes (an account number, a reference).
    [GeneratedRegex(@"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    /// <summary>
    /// The reading form's field an error belongs to: the value (<c>value</c>) for what is wrong with the number, the
    /// date (<c>date</c>) for what is wrong with the day (the meter's installation, removal and legalization included),
    /// the whole form (null) otherwise.
    /// </summary>
    public static string? ReadingField(UserError error) => error switch
    {
        ReadingRejectedError { Reason: ReadingRejectionReason.NotANumber or ReadingRejectionReason.Negative or ReadingRejectionReason.TooManyDecimals
            or ReadingRejectionReason.AboveCounterCapacity or ReadingRejectionReason.LowerThanPrevious } => "value",
        ReadingRejectedError or MeterLegalizationExpiredError => "date",
        _ => null,
    };

    /// <summary>The refund form's field an error belongs to.</summary>
    public static string RefundField(UserError error) =>
        error is InvalidInputError { Field: "bankAccountNumber" } ? "bankAccountNumber" : "amount";

    /// <summary>The unit's symbol, as IBok.Domain's meter prints it.</summary>
    public static string Symbol(this MeterUnit unit) => unit == MeterUnit.Gigajoule ? "GJ" : "m³";

    /// <summary>Where a reading came from.</summary>
    public static string Name(this ReadingKind kind, PortalLanguage language) => kind switch
    {
        ReadingKind.Collector => language.Text("inkasent", "meter reader"),
        ReadingKind.Customer => language.Text("odczyt klienta", "customer's reading"),
        ReadingKind.Remote => language.Text("odczyt zdalny", "remote reading"),
        ReadingKind.Estimated => language.Text("szacunek", "estimate"),
        ReadingKind.Installation => language.Text("montaż licznika", "meter installed"),
        ReadingKind.Removal => language.Text("demontaż licznika", "meter removed"),
        _ => kind.ToString(),
    };

    /// <summary>Whether a stored reading counts.</summary>
    public static string Name(this ReadingStatus status, PortalLanguage language) => status switch
    {
        ReadingStatus.Accepted => language.Text("przyjęty", "accepted"),
        ReadingStatus.FlaggedForReview => language.Text("do sprawdzenia przez pracownika", "to be checked by staff"),
        ReadingStatus.Rejected => language.Text("odrzucony", "rejected"),
        _ => status.ToString(),
    };

    /// <summary>What a meter measures.</summary>
    public static string Name(this MeterKind kind, PortalLanguage language) => kind switch
    {
        MeterKind.MainWater => language.Text("Wodomierz główny", "Main water meter"),
        MeterKind.HotWater => language.Text("Wodomierz ciepłej wody", "Hot water meter"),
        MeterKind.Heat => language.Text("Ciepłomierz", "Heat meter"),
        MeterKind.Submeter => language.Text("Podlicznik", "Submeter"),
        _ => kind.ToString(),
    };

    /// <summary>How far a debit document is paid.</summary>
    public static string Name(this DocumentPaymentState state, PortalLanguage language) => state switch
    {
        DocumentPaymentState.NotYetIssued => language.Text("jeszcze niewystawiony", "not issued yet"),
        DocumentPaymentState.Unpaid => language.Text("nieopłacony", "unpaid"),
        DocumentPaymentState.PartiallyPaid => language.Text("opłacony częściowo", "partly paid"),
        DocumentPaymentState.Paid => language.Text("opłacony", "paid"),
        DocumentPaymentState.Credit => language.Text("korekta na plus klienta", "credit to the customer"),
        _ => state.ToString(),
    };

    /// <summary>How a payment arrived.</summary>
    public static string Name(this PaymentChannel channel, PortalLanguage language) => channel switch
    {
        PaymentChannel.BankTransfer => language.Text("przelew", "bank transfer"),
        PaymentChannel.Online => language.Text("płatność online", "online payment"),
        PaymentChannel.Cash => language.Text("gotówka w kasie", "cash at the office"),
        PaymentChannel.Other => language.Text("inna forma", "other"),
        _ => channel.ToString(),
    };

    /// <summary>What kind of debit document it is.</summary>
    public static string Name(this DebitKind kind, PortalLanguage language) => kind switch
    {
        DebitKind.Invoice => language.Text("Faktura", "Invoice"),
        DebitKind.CorrectionInvoice => language.Text("Faktura korygująca", "Correction invoice"),
        DebitKind.InterestNote => language.Text("Nota odsetkowa", "Interest note"),
        _ => kind.ToString(),
    };
}
