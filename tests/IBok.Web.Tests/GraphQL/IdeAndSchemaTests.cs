using System.Xml;
using System.Xml.Linq;

namespace IBok.Web.Tests.GraphQL;

/// <summary>The GraphQL IDE page (GET with Accept: text/html) and the schema's SDL.</summary>
[Collection(GraphQLServerCollection.Name)]
public sealed class IdeAndSchemaTests(GraphQLServerFactory factory)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private const string ExpectedPolicy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("")]
    [InlineData("?query=%7B%20hello%20%7D")]
    public async Task Get_FromABrowser_ShowsTheIdeUnderAStrictPolicy(string queryString)
    {
        var response = await GraphQLHttp.GetAsync(_client, queryString, BrowserAccept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.Equal(ExpectedPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("<title>iBOK GraphQL IDE</title>", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdePage_HasNoInlineCodeAndLoadsOnlyOwnFiles()
    {
        var page = await IdePageAsync();

        var elements = page.Descendants().ToList();
        Assert.All(elements.Where(element => element.Name.LocalName == "script"), script =>
        {
            Assert.Equal("/graphql/ide/ide.js", script.Attribute("src")?.Value);
            Assert.Equal(string.Empty, script.Value);
        });
        Assert.Equal(
            ["/graphql/ide/ide.css"],
            elements.Where(element => element.Name.LocalName == "link").Select(link => link.Attribute("href")!.Value));
        Assert.DoesNotContain(elements, element => element.Name.LocalName == "style");
        Assert.DoesNotContain(
            elements.SelectMany(element => element.Attributes()),
            attribute => attribute.Name.LocalName == "style" || attribute.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain("http", string.Concat(elements.SelectMany(e => e.Attributes()).Select(a => a.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdePage_EveryControlHasALabel()
    {
        var page = await IdePageAsync();

        var elements = page.Descendants().ToList();
        var labelled = elements.Where(element => element.Name.LocalName == "label").Select(label => label.Attribute("for")?.Value).ToHashSet();
        var controls = elements.Where(element => element.Name.LocalName is "input" or "textarea" or "select").ToList();
        Assert.Equal(6, controls.Count);
        Assert.All(controls, control => Assert.Contains(control.Attribute("id")?.Value, labelled));
        Assert.Equal("en", page.Root!.Attribute("lang")?.Value);
    }

    [Theory]
    [InlineData("ide.js", "text/javascript; charset=utf-8", "\"use strict\";")]
    [InlineData("ide.css", "text/css; charset=utf-8", ":focus-visible")]
    public async Task IdeFiles_AreServedUnderTheSamePolicy(string file, string contentType, string expectedText)
    {
        using var response = await _client.GetAsync(new Uri("/graphql/ide/" + file, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(ExpectedPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains(expectedText, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdeFiles_UnknownFile_Is404()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/ide/secrets.json", UriKind.Relative));

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task Post_FromABrowser_IsGraphQLNotTheIde()
    {
        var response = await GraphQLHttp.PostAsync(_client, "{\"query\":\"{ hello }\"}", accept: BrowserAccept);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(GraphQLHttp.GraphQLResponseJson, response.ContentType);
    }

    [Fact]
    public async Task SchemaDocument_IsTheSdl()
    {
        using var response = await _client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(
            """
            type Query {
              hello(name: String): String!
              slow: String
              boom: String
              requestContext: String
              prefix: String
              nested: Nested
            }

            type Nested {
              nested: Nested
              value: Int
            }

            type Mutation {
              setGreeting(text: String!): String!
            }

            type Subscription {
              ticks: Int
            }

            """.ReplaceLineEndings("\n"),
            body);
    }

    private async Task<XDocument> IdePageAsync()
    {
        var response = await GraphQLHttp.GetAsync(_client, string.Empty, BrowserAccept);
        using var reader = XmlReader.Create(new StringReader(response.Body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static string Header(GraphQLHttpResponse response, string name) =>
        string.Join(",", response.Message.Headers.GetValues(name));
}
