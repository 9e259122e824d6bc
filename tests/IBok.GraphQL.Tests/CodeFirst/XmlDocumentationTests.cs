using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.CodeFirst;

public sealed class XmlDocumentationTests : IDisposable
{
    private const string Prefix = "IBok.GraphQL.Tests.CodeFirst.XmlDocumentationTests.";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "ibok-xmldoc-" + Guid.NewGuid().ToString("N") + ".xml");

    public enum Shade
    {
        DarkRed,
        LightBlue,
    }

    public sealed class Documented
    {
        public string Name => "";

        [GraphQLDescription("From the attribute.")]
        public string Code => "";

        public Shade Shade => Shade.DarkRed;
    }

    public static class DocQuery
    {
        public static Documented? Find(string name, int? limit = null) => null;
    }

    public XmlDocumentationTests() => File.WriteAllText(_path, $$"""
        <?xml version="1.0"?>
        <doc>
          <assembly><name>IBok.GraphQL.Tests</name></assembly>
          <members>
            <member name="T:{{Prefix}}Documented">
              <summary>
              A documented thing with a <see cref="T:{{Prefix}}Shade"/>.
              It spans lines.
              <para>Second paragraph with <c>code</c>.</para>
              </summary>
            </member>
            <member name="P:{{Prefix}}Documented.Name">
              <summary>The <paramref name="name"/> it goes by.</summary>
            </member>
            <member name="P:{{Prefix}}Documented.Code">
              <summary>Loses to the attribute.</summary>
            </member>
            <member name="F:{{Prefix}}Shade.DarkRed">
              <summary>Like wine.</summary>
            </member>
            <member name="M:{{Prefix}}DocQuery.Find(System.String,System.Nullable{System.Int32})">
              <summary>Finds one by name.</summary>
              <param name="name">The exact name.</param>
              <param name="limit">At most this many, <see langword="null"/> for all.</param>
            </member>
          </members>
        </doc>
        """);

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Build_WithXmlDocumentation_UsesSummariesAndParamsAsDescriptions()
    {
        var schema = CodeFirstSchema.Create()
            .UseXmlDocumentation(typeof(XmlDocumentationTests).Assembly, _path)
            .AddQueryType(typeof(DocQuery))
            .Build();

        Assert.Equal(
            """"
            type Query {
              """Finds one by name."""
              find(
                """The exact name."""
                name: String!

                """At most this many, null for all."""
                limit: Int
              ): Documented
            }

            """
            A documented thing with a Shade. It spans lines.

            Second paragraph with code.
            """
            type Documented {
              """The name it goes by."""
              name: String!

              """From the attribute."""
              code: String!
              shade: Shade!
            }

            enum Shade {
              """Like wine."""
              DARK_RED
              LIGHT_BLUE
            }
            """",
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Build_WithoutDocumentationFile_HasNoDescriptions()
    {
        var schema = CodeFirstSchema.Create().AddQueryType(typeof(DocQuery)).Build();

        Assert.Null(schema.GetType("Documented")!.Description);
        Assert.Equal("From the attribute.", schema.GetTypeField("Documented", "code").Description);
    }
}
