using IBok.Domain;
using IBok.Domain.Settlements;
using IBok.GraphQL.Persistence.Mapping;
using IBok.GraphQL.Persistence.Model.Settlements;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.Refunds;

public sealed class RequestRefundTests
{
    private const string ValidAccount = "61 1090 1014 0000 0712 1981 2874";

    private const string Mutation = """
        mutation($amount: Decimal!, $account: String!) {
          requestRefund(amount: $amount, bankAccountNumber: $account) {
            request { amount bankAccountNumber status requestedAt }
            errors { __typename code message ... on RefundNotPossibleError { availableOverpayment } ... on InvalidInputError { field } }
          }
        }
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestRefund_WithinOverpayment_IsFiledAndCountsAgainstTheNextRequest(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        await SeedOverpaymentAsync(host, customer.CustomerId);

        var filed = await host.MutateAsync(customer.Viewer, "requestRefund", Mutation, new { amount = "30.00", account = ValidAccount });
        var before = await host.RowCountsAsync();
        var tooMuch = await host.MutateAsync(customer.Viewer, "requestRefund", Mutation, new { amount = "20.01", account = ValidAccount });

        Assert.Equal(
            """{"request":{"amount":"30.00","bankAccountNumber":"61109010140000071219812874","status":"PENDING","requestedAt":"2026-05-15T10:00:00Z"},"errors":[]}""",
            WriteApiHost.Json(filed));
        Assert.Equal(
            """{"request":null,"errors":[{"__typename":"RefundNotPossibleError","code":"AMOUNT_EXCEEDS_OVERPAYMENT","message":"Kwota zwrotu przekracza nadpłatę możliwą do zwrotu (20,00 zł).","availableOverpayment":"20.00"}]}""",
            WriteApiHost.Json(tooMuch));
        Assert.Equal(before, await host.RowCountsAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestRefund_RejectedRequests_ChangeNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var before = await host.RowCountsAsync();

        var noOverpayment = await host.MutateAsync(customer.Viewer, "requestRefund", Mutation, new { amount = "10.00", account = ValidAccount });
        var badAccount = await host.MutateAsync(customer.Viewer, "requestRefund", Mutation, new { amount = "10.00", account = "61 1090 1014 0000 0712 1981 2875" });
        var zero = await host.MutateAsync(customer.Viewer, "requestRefund", Mutation, new { amount = "0", account = ValidAccount });
        var fraction = await host.MutateAsync(customer.Viewer, "requestRefund", Mutation, new { amount = "10.005", account = ValidAccount });

        Assert.Equal(
            """[{"__typename":"RefundNotPossibleError","code":"NO_OVERPAYMENT","message":"Na koncie nie ma nadpłaty do zwrotu.","availableOverpayment":"0.00"}]""",
            WriteApiHost.Json(noOverpayment.GetProperty("errors")));
        Assert.Equal(
            """[{"__typename":"InvalidInputError","code":"INVALID_BANK_ACCOUNT","message":"Numer rachunku jest niepoprawny: podaj 26 cyfr numeru NRB (suma kontrolna się nie zgadza lub brakuje cyfr).","field":"bankAccountNumber"}]""",
            WriteApiHost.Json(badAccount.GetProperty("errors")));
        Assert.Equal("AMOUNT_NOT_POSITIVE", zero.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("AMOUNT_TOO_PRECISE", fraction.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(before, await host.RowCountsAsync());
    }

    /// <summary>An invoice of 100.00 paid with 150.00: 50.00 overpaid.</summary>
    private static async Task SeedOverpaymentAsync(WriteApiHost host, long customerId)
    {
        await using var db = host.SystemContext();
        var at = new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);
        db.Add(LedgerMapping.ToRow(DebitDocument.Invoice("FV/2026/03/0001", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15), Money.Pln(100m)), customerId, at));
        db.Add(LedgerMapping.ToRow(new Payment("PRZELEW-1", new DateOnly(2026, 3, 10), Money.Pln(150m)), customerId, at, PaymentChannel.BankTransfer));
        await db.SaveChangesAsync();
    }
}
