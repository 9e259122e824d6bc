using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

/// <summary>A schema touching every printable feature, and graphql-js's printSchema output for it.</summary>
internal static class PrinterFixture
{
    public const string ExpectedSdl = """"
        """Audit directive."""
        directive @audit(
          """Who is responsible."""
          owner: String = "ops"
        ) repeatable on FIELD_DEFINITION | OBJECT

        """A thing with an id."""
        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url: String
        }

        """
        A customer of the utility, who may own several premises and therefore several meters, and receives invoices.
        """
        type Customer implements Resource & Node {
          id: ID!
          url: String

          """The customer's display name."""
          name: String!
          invoices(
            """How many to return."""
            first: Int = 10
            after: String
            status: InvoiceStatus = OPEN
          ): [Invoice!]!
          balance: Decimal @deprecated
          oldName: String @deprecated(reason: "Use `name`.")
          metered(kind: MeterKind, since: Date = "2026-01-01", filter: ReadingFilter = {minimum: 1.5, tags: ["a", "b"], byCollector: false}): Int
        }

        type Invoice {
          number: String!
          issued: Date
          multiline: String
        }

        """
        Line one
          indented line two
        """
        enum InvoiceStatus {
          OPEN

          """Paid in full."""
          PAID
          CANCELLED @deprecated(reason: "No longer used.")
          VOID @deprecated
        }

        enum MeterKind {
          MAIN_WATER
          SUBMETER
        }

        union SearchResult = Customer | Invoice

        input ReadingFilter {
          minimum: Float
          tags: [String!]

          """Only readings taken by a collector."""
          byCollector: Boolean = false
          legacy: String @deprecated
        }

        input CustomerRef @oneOf {
          id: ID
          number: String
        }

        """An ISO date `yyyy-MM-dd`."""
        scalar Date @specifiedBy(url: "https://scalars.graphql.org/andimarek/local-date.html")

        """
        An exact decimal number, serialized as a string to keep its precision, e.g. `"1234.50"`. Accepted as input as a string or a number.
        """
        scalar Decimal

        type Query {
          node(id: ID!): Node
          search(text: String!, limit: Int = 5): [SearchResult!]!
          customer(ref: CustomerRef!): Customer
        }

        type Mutation {
          submitReading(meter: ID!, value: Decimal!): Boolean
        }
        """";

    public static GraphQLSchema Build()
    {
        var date = new ScalarType("Date", v => ScalarType.Date.Serialize(v), v => ScalarType.Date.ParseValue(v))
        {
            Description = "An ISO date `yyyy-MM-dd`.",
            SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date.html",
        };
        var node = new InterfaceType("Node", () => [new FieldDefinition("id", ScalarType.ID.NonNull())])
        {
            Description = "A thing with an id.",
        };
        var resource = new InterfaceType(
            "Resource",
            () => [new FieldDefinition("id", ScalarType.ID.NonNull()), new FieldDefinition("url", ScalarType.String)],
            () => [node]);
        var invoiceStatus = new EnumType("InvoiceStatus",
        [
            new EnumValueDefinition("OPEN"),
            new EnumValueDefinition("PAID") { Description = "Paid in full." },
            new EnumValueDefinition("CANCELLED") { DeprecationReason = "No longer used." },
            new EnumValueDefinition("VOID") { DeprecationReason = DirectiveDefinition.DefaultDeprecationReason },
        ])
        {
            Description = "Line one\n  indented line two",
        };
        var meterKind = new EnumType("MeterKind", [new EnumValueDefinition("MAIN_WATER"), new EnumValueDefinition("SUBMETER")]);
        var readingFilter = new InputObjectType("ReadingFilter", () =>
        [
            new InputValueDefinition("minimum", ScalarType.Float),
            new InputValueDefinition("tags", ScalarType.String.NonNull().List()),
            new InputValueDefinition("byCollector", ScalarType.Boolean) { Description = "Only readings taken by a collector.", DefaultValue = false },
            new InputValueDefinition("legacy", ScalarType.String) { DeprecationReason = DirectiveDefinition.DefaultDeprecationReason },
        ]);
        var customerRef = new InputObjectType("CustomerRef", () =>
        [
            new InputValueDefinition("id", ScalarType.ID),
            new InputValueDefinition("number", ScalarType.String),
        ])
        {
            IsOneOf = true,
        };
        var invoice = new ObjectType("Invoice", () =>
        [
            new FieldDefinition("number", ScalarType.String.NonNull()),
            new FieldDefinition("issued", date),
            new FieldDefinition("multiline", ScalarType.String),
        ]);
        var customer = new ObjectType(
            "Customer",
            () =>
            [
                new FieldDefinition("id", ScalarType.ID.NonNull()),
                new FieldDefinition("url", ScalarType.String),
                new FieldDefinition("name", ScalarType.String.NonNull()) { Description = "The customer's display name." },
                new FieldDefinition("invoices", invoice.NonNull().List().NonNull())
                {
                    Arguments =
                    [
                        new InputValueDefinition("first", ScalarType.Int) { Description = "How many to return.", DefaultValue = 10 },
                        new InputValueDefinition("after", ScalarType.String),
                        new InputValueDefinition("status", invoiceStatus) { DefaultValue = "OPEN" },
                    ],
                },
                new FieldDefinition("balance", ScalarType.Decimal) { DeprecationReason = DirectiveDefinition.DefaultDeprecationReason },
                new FieldDefinition("oldName", ScalarType.String) { DeprecationReason = "Use `name`." },
                new FieldDefinition("metered", ScalarType.Int)
                {
                    Arguments =
                    [
                        new InputValueDefinition("kind", meterKind),
                        new InputValueDefinition("since", date) { DefaultValue = new DateOnly(2026, 1, 1) },
                        new InputValueDefinition("filter", readingFilter)
                        {
                            DefaultValue = new Dictionary<string, object?> { ["minimum"] = 1.5, ["tags"] = new[] { "a", "b" }, ["byCollector"] = false },
                        },
                    ],
                },
            ],
            () => [resource, node])
        {
            Description = "A customer of the utility, who may own several premises and therefore several meters, and receives invoices.",
        };
        var searchResult = new UnionType("SearchResult", () => [customer, invoice]);
        var query = new ObjectType("Query", () =>
        [
            new FieldDefinition("node", node) { Arguments = [new InputValueDefinition("id", ScalarType.ID.NonNull())] },
            new FieldDefinition("search", searchResult.NonNull().List().NonNull())
            {
                Arguments = [new InputValueDefinition("text", ScalarType.String.NonNull()), new InputValueDefinition("limit", ScalarType.Int) { DefaultValue = 5 }],
            },
            new FieldDefinition("customer", customer) { Arguments = [new InputValueDefinition("ref", customerRef.NonNull())] },
        ]);
        var mutation = new ObjectType("Mutation", () =>
        [
            new FieldDefinition("submitReading", ScalarType.Boolean)
            {
                Arguments = [new InputValueDefinition("meter", ScalarType.ID.NonNull()), new InputValueDefinition("value", ScalarType.Decimal.NonNull())],
            },
        ]);
        var audit = new DirectiveDefinition("audit", [DirectiveLocation.FieldDefinition, DirectiveLocation.Object])
        {
            Description = "Audit directive.",
            IsRepeatable = true,
            Arguments = [new InputValueDefinition("owner", ScalarType.String) { Description = "Who is responsible.", DefaultValue = "ops" }],
        };

        return new SchemaBuilder()
            .AddTypes(node, resource, customer, invoice, invoiceStatus, meterKind, searchResult, readingFilter, customerRef, date, ScalarType.Decimal)
            .Query(query)
            .Mutation(mutation)
            .AddDirective(audit)
            .Build();
    }
}
