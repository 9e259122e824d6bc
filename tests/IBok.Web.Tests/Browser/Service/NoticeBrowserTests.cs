using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace IBok.Web.Tests.Browser.Service;

/// <summary>
/// The live outage notice in chromium: the customer keeps /notices open (notices.js subscribed over graphql-transport-ws),
/// an operator in another browser context publishes an outage on the customer's street, and the open page announces it
/// and lists it first without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task OutagePublished_ReachesTheOpenNoticesPageWithoutReload()
    {
        const string Title = "Awaria wodociągu — przerwa w dostawie wody";
        var (city, street) = HouseholdPremises();
        var customer = await browser.SignedInPageAsync();
        // Publish only once the page has asked for notices: a notice published before would (rightly) not be pushed.
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        customer.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Text?.Contains("\"type\":\"subscribe\"", StringComparison.Ordinal) == true)
            {
                subscribed.TrySetResult();
            }
        };
        await customer.GotoAsync("/notices");
        await subscribed.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await browser.CheckPageAsync(customer, nameof(OutagePublished_ReachesTheOpenNoticesPageWithoutReload), "notices");
        var navigations = 0;
        customer.FrameNavigated += (_, frame) => navigations += frame == customer.MainFrame ? 1 : 0;

        var operatorPage = await browser.SignedInPageAsync(BrowserFixture.Logins.Operator.Email, BrowserFixture.Logins.Operator.Password);
        await operatorPage.GotoAsync("/staff/outages");
        await browser.CheckPageAsync(operatorPage, nameof(OutagePublished_ReachesTheOpenNoticesPageWithoutReload), "staff-outages");
        await operatorPage.Locator("#kind").SelectOptionAsync("Failure");
        await operatorPage.Locator("#title").FillAsync(Title);
        await operatorPage.Locator("#body").FillAsync("Usuwamy awarię sieci wodociągowej. Beczkowóz stoi przy szkole.");
        var startsAt = DateTime.Now.Date.AddDays(1).AddHours(8);
        await operatorPage.Locator("#startsAt").FillAsync(startsAt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await operatorPage.Locator("#city").FillAsync(city);
        await operatorPage.Locator("#streets").FillAsync(street);
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "Opublikuj komunikat" }).ClickAsync();
        await operatorPage.ArrivedAtAsync("**/staff/outages?reached=*");
        var published = await operatorPage.GetByRole(AriaRole.Status).TextContentAsync();
        await browser.CheckPageAsync(operatorPage, nameof(OutagePublished_ReachesTheOpenNoticesPageWithoutReload), "staff-outages-published");

        var live = customer.Locator("#notice-live");
        await customer.WaitForFunctionAsync("title => document.getElementById('notice-live').textContent.includes(title)", Title, new() { Timeout = 60_000 });
        var firstTitle = customer.Locator("#notice-list > li h2").First;
        await customer.WaitForFunctionAsync("title => document.querySelector('#notice-list > li h2')?.textContent === title", Title, new() { Timeout = 60_000 });

        Assert.StartsWith("Komunikat został opublikowany. Liczba odbiorców, do których trafił: ", published, StringComparison.Ordinal);
        Assert.Equal("Nowy komunikat: " + Title, await live.TextContentAsync());
        Assert.Equal(Title, await firstTitle.TextContentAsync());
        Assert.Equal(0, navigations);
        await browser.CheckPageAsync(customer, nameof(OutagePublished_ReachesTheOpenNoticesPageWithoutReload), "notices-live");
        await operatorPage.Context.CloseAsync();
        await customer.Context.CloseAsync();
    }

    /// <summary>The household's premises town and street, from the server's database.</summary>
    private (string City, string Street) HouseholdPremises()
    {
        using var connection = new SqliteConnection($"Data Source={browser.Server.DatabaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT p.city, p.street FROM premises p JOIN customers c ON c.id = p.customer_id WHERE c.number = $number ORDER BY p.id LIMIT 1";
        command.Parameters.AddWithValue("$number", BrowserFixture.Logins.Household.CustomerNumber);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetString(0), reader.GetString(1));
    }
}
