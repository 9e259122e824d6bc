using IBok.GraphQL.Persistence.Model.Customers;
using IBok.GraphQL.Tests.Api.Testing;
using IBok.GraphQL.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Api.DataChanges;

public sealed class RequestDataChangeTests
{
    private const string Mutation = """
        mutation($input: DataChangeRequestInput!) {
          requestDataChange(input: $input) {
            request { kind status requestedAt }
            errors { __typename code message ... on InvalidInputError { field } }
          }
        }
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestDataChange_CorrespondenceAddress_IsPendingForStaff_SecondOneIsRefused(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var input = new
        {
            kind = "CORRESPONDENCE_ADDRESS",
            correspondenceAddress = new { street = "Opolska", buildingNumber = "3", apartmentNumber = "12", postalCode = "45-001", city = "Opole" },
            comment = "Przeprowadzka.",
        };

        var filed = await host.MutateAsync(customer.Viewer, "requestDataChange", Mutation, new { input });
        var before = await host.RowCountsAsync();
        var second = await host.MutateAsync(customer.Viewer, "requestDataChange", Mutation, new { input });

        Assert.Equal("""{"request":{"kind":"CORRESPONDENCE_ADDRESS","status":"PENDING","requestedAt":"2026-05-15T10:00:00Z"},"errors":[]}""", WriteApiHost.Json(filed));
        Assert.Equal(
            """{"request":null,"errors":[{"__typename":"InvalidInputError","code":"DATA_CHANGE_ALREADY_PENDING","message":"Wniosek o zmianę tych danych już czeka na rozpatrzenie.","field":"kind"}]}""",
            WriteApiHost.Json(second));
        Assert.Equal(before, await host.RowCountsAsync());
        await using var db = host.SystemContext();
        var row = await db.Set<DataChangeRequestRow>().SingleAsync();
        Assert.Equal(
            ("""{"street":"Opolska","buildingNumber":"3","apartmentNumber":"12","postalCode":"45-001","city":"Opole"}""", "Przeprowadzka.", customer.CustomerId),
            (row.RequestedValuesJson, row.Comment, row.CustomerId));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RequestDataChange_InvalidValues_AreRefusedAndChangeNothing(string provider)
    {
        await using var host = await WriteApiHost.CreateAsync(provider);
        var customer = await host.SeedCustomerAsync("100001");
        var before = await host.RowCountsAsync();

        var postalCode = await host.MutateAsync(customer.Viewer, "requestDataChange", Mutation, new
        {
            input = new { kind = "CORRESPONDENCE_ADDRESS", correspondenceAddress = new { street = "Opolska", buildingNumber = "3", postalCode = "45001", city = "Opole" } },
        });
        var phone = await host.MutateAsync(customer.Viewer, "requestDataChange", Mutation, new { input = new { kind = "CONTACT_DETAILS", phone = "12" } });
        var nothing = await host.MutateAsync(customer.Viewer, "requestDataChange", Mutation, new { input = new { kind = "OTHER" } });

        Assert.Equal(
            """[{"__typename":"InvalidInputError","code":"INVALID_POSTAL_CODE","message":"Kod pocztowy ma postać NN-NNN, np. 47-100.","field":"correspondenceAddress.postalCode"}]""",
            WriteApiHost.Json(postalCode.GetProperty("errors")));
        Assert.Equal(
            """[{"__typename":"InvalidInputError","code":"INVALID_PHONE","message":"Numer telefonu jest niepoprawny.","field":"phone"}]""",
            WriteApiHost.Json(phone.GetProperty("errors")));
        Assert.Equal(
            """[{"__typename":"InvalidInputError","code":"COMMENT_REQUIRED","message":"Opisz, jakie dane mamy zmienić.","field":"comment"}]""",
            WriteApiHost.Json(nothing.GetProperty("errors")));
        Assert.Equal(before, await host.RowCountsAsync());
    }
}
