using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Api.CustomerReads;

/// <summary>The customer's invoices as a connection: status from the ledger, filters, order, paging, detail.</summary>
public sealed class InvoiceConnectionTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invoices_Default_NewestFirstWithPaymentStatus(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer { invoices {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { number issueDate dueDate gross { amount currency } status paymentState paid { amount } outstanding { amount } paidOn } } } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{"invoices":{"totalCount":3,"pageInfo":{"hasNextPage":false,"hasPreviousPage":false,"startCursor":"MA==","endCursor":"Mg=="},"edges":[
            {"cursor":"MA==","node":{"number":"FV/A/003","issueDate":"2026-03-03","dueDate":"2026-03-17","gross":{"amount":"97.20","currency":"PLN"},"status":"UNPAID","paymentState":"UNPAID","paid":{"amount":"0.00"},"outstanding":{"amount":"97.20"},"paidOn":null}},
            {"cursor":"MQ==","node":{"number":"FV/A/002","issueDate":"2026-02-03","dueDate":"2026-02-17","gross":{"amount":"129.60","currency":"PLN"},"status":"UNPAID","paymentState":"PARTIALLY_PAID","paid":{"amount":"50.00"},"outstanding":{"amount":"79.60"},"paidOn":null}},
            {"cursor":"Mg==","node":{"number":"FV/A/001","issueDate":"2026-01-03","dueDate":"2026-01-17","gross":{"amount":"108.00","currency":"PLN"},"status":"PAID","paymentState":"PAID","paid":{"amount":"108.00"},"outstanding":{"amount":"0.00"},"paidOn":"2026-01-15"}}]}}}}
            """), result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invoices_FiltersAndOrder_SelectAndSort(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer {
                unpaid: invoices(where: { status: UNPAID }) { totalCount nodes { number } }
                paid: invoices(where: { status: PAID }) { totalCount nodes { number } }
                issued: invoices(where: { issuedFrom: "2026-02-01", issuedTo: "2026-03-03" }) { nodes { number } }
                amounts: invoices(where: { minGross: "100", maxGross: "129.60" }) { nodes { number } }
                unpaidOver100: invoices(where: { status: UNPAID, minGross: 100 }) { nodes { number } }
                byAmount: invoices(order: { field: GROSS_AMOUNT, direction: ASC }) { nodes { number } }
                byDueDate: invoices(order: { field: DUE_DATE }) { nodes { number } } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{
            "unpaid":{"totalCount":2,"nodes":[{"number":"FV/A/003"},{"number":"FV/A/002"}]},
            "paid":{"totalCount":1,"nodes":[{"number":"FV/A/001"}]},
            "issued":{"nodes":[{"number":"FV/A/003"},{"number":"FV/A/002"}]},
            "amounts":{"nodes":[{"number":"FV/A/002"},{"number":"FV/A/001"}]},
            "unpaidOver100":{"nodes":[{"number":"FV/A/002"}]},
            "byAmount":{"nodes":[{"number":"FV/A/003"},{"number":"FV/A/001"},{"number":"FV/A/002"}]},
            "byDueDate":{"nodes":[{"number":"FV/A/003"},{"number":"FV/A/002"},{"number":"FV/A/001"}]}}}}
            """), result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Invoices_PagingEdges_FollowTheConnectionSpec(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), """
            { customer {
                first: invoices(first: 1) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { number } }
                next: invoices(first: 1, after: "MA==") { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { number } }
                pastEnd: invoices(first: 5, after: "Mg==") { pageInfo { hasNextPage hasPreviousPage } nodes { number } }
                last: invoices(last: 1) { pageInfo { hasNextPage hasPreviousPage startCursor } nodes { number } }
                before: invoices(last: 5, before: "Mg==") { pageInfo { hasNextPage hasPreviousPage } nodes { number } }
                none: invoices(first: 0) { totalCount pageInfo { hasNextPage startCursor } nodes { number } }
                max: invoices(first: 100) { totalCount } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"customer":{
            "first":{"pageInfo":{"hasNextPage":true,"hasPreviousPage":false,"endCursor":"MA=="},"nodes":[{"number":"FV/A/003"}]},
            "next":{"pageInfo":{"hasNextPage":true,"hasPreviousPage":true,"endCursor":"MQ=="},"nodes":[{"number":"FV/A/002"}]},
            "pastEnd":{"pageInfo":{"hasNextPage":false,"hasPreviousPage":true},"nodes":[]},
            "last":{"pageInfo":{"hasNextPage":false,"hasPreviousPage":true,"startCursor":"Mg=="},"nodes":[{"number":"FV/A/001"}]},
            "before":{"pageInfo":{"hasNextPage":true,"hasPreviousPage":false},"nodes":[{"number":"FV/A/003"},{"number":"FV/A/002"}]},
            "none":{"totalCount":3,"pageInfo":{"hasNextPage":true,"startCursor":null},"nodes":[]},
            "max":{"totalCount":3}}}}
            """), result);
    }

    [Theory]
    [InlineData("invoices(first: 101)", "Requesting 101 items exceeds the maximum page size of 100.")]
    [InlineData("invoices(first: 1, last: 1)", "Arguments \\\"first\\\" and \\\"last\\\" cannot be used together: page forwards with first/after or backwards with last/before.")]
    [InlineData("invoices(after: \"bm90LWEtY3Vyc29y\")", "Argument \\\"after\\\" is not a valid cursor: \\\"bm90LWEtY3Vyc29y\\\".")]
    [InlineData("invoices(where: { issuedFrom: \"2026-03-01\", issuedTo: \"2026-02-01\" })", "The issue-date range is empty: issuedFrom 2026-03-01 is after issuedTo 2026-02-01.")]
    [InlineData("invoices(where: { minGross: \"200\", maxGross: \"100.5\" })", "The gross amount range is empty: minGross 200 is above maxGross 100.5.")]
    public async Task Invoices_BadArguments_FieldErrorAndNoInvoices(string field, string message)
    {
        await using var database = await TestDatabase.CreateMigratedAsync("sqlite");
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), "{ customer { " + field + " { nodes { number } } } }");

        Assert.Equal(
            """{"errors":[{"message":"MESSAGE","locations":[{"line":1,"column":14}],"path":["customer","invoices"]}],"data":{"customer":null}}""".Replace("MESSAGE", message, StringComparison.Ordinal),
            result);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InvoiceNode_Detail_LinesAndVatSummary(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var s = await Scenario.SeedAsync(database);

        var result = await ApiHarness.RunAsync(database, ApiHarness.CustomerViewer(s.A.Id), $$"""
            { node(id: "{{Scenario.Id("Invoice", s.AInvoice2Id)}}") { ... on Invoice {
                number kind saleDate periodStart periodEnd contractNumber net { amount } vat { amount } gross { amount } bankAccount
                seller { name nip address { city } } buyer { name nip }
                lines { lineNumber correctionSide component name periodStart periodEnd quantity unit netUnitPrice net { amount } vatPercent isEstimated }
                vatSummary { vatPercent net { amount } vat { amount } gross { amount } } } } }
            """);

        Assert.Equal(ApiHarness.Compact("""
            {"data":{"node":{"number":"FV/A/002","kind":"INVOICE","saleDate":"2026-01-31","periodStart":"2026-01-01","periodEnd":"2026-01-31","contractNumber":"UM/K-000001",
            "net":{"amount":"120.00"},"vat":{"amount":"9.60"},"gross":{"amount":"129.60"},"bankAccount":"82102010260000021234567800",
            "seller":{"name":"Wodociągi Sp. z o.o.","nip":"7740001454","address":{"city":"Strzelce Opolskie"}},"buyer":{"name":"Jan Kowalski","nip":null},
            "lines":[{"lineNumber":1,"correctionSide":null,"component":"WATER","name":"Dostawa wody","periodStart":"2026-01-01","periodEnd":"2026-01-31","quantity":"10","unit":"m³","netUnitPrice":"12","net":{"amount":"120.00"},"vatPercent":"8","isEstimated":false}],
            "vatSummary":[{"vatPercent":"8","net":{"amount":"120.00"},"vat":{"amount":"9.60"},"gross":{"amount":"129.60"}}]}}}
            """), result);
    }
}
