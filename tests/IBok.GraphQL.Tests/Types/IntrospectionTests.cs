using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

public sealed class IntrospectionTests
{
    // graphql-js 16.15 printIntrospectionSchema, adjusted to the September 2025 spec (Appendix D): @deprecated's
    // reason is String!, and directive deprecation (a graphql-js 16.15 extension) is absent.
    private const string ExpectedIntrospectionSdl = """"
        """
        Directs the executor to include this field or fragment only when the `if` argument is true.
        """
        directive @include(
          """Included when true."""
          if: Boolean!
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        """
        Directs the executor to skip this field or fragment when the `if` argument is true.
        """
        directive @skip(
          """Skipped when true."""
          if: Boolean!
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        """Marks an element of a GraphQL schema as no longer supported."""
        directive @deprecated(
          """
          Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).
          """
          reason: String! = "No longer supported"
        ) on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE

        """Exposes a URL that specifies the behavior of this scalar."""
        directive @specifiedBy(
          """The URL that specifies the behavior of this scalar."""
          url: String!
        ) on SCALAR

        """
        Indicates exactly one field must be supplied and this field must not be `null`.
        """
        directive @oneOf on INPUT_OBJECT

        """
        A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.
        """
        type __Schema {
          description: String

          """A list of all types supported by this server."""
          types: [__Type!]!

          """The type that query operations will be rooted at."""
          queryType: __Type!

          """
          If this server supports mutation, the type that mutation operations will be rooted at.
          """
          mutationType: __Type

          """
          If this server support subscription, the type that subscription operations will be rooted at.
          """
          subscriptionType: __Type

          """A list of all directives supported by this server."""
          directives: [__Directive!]!
        }

        """
        The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.

        Depending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.
        """
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        """An enum describing what kind of type a given `__Type` is."""
        enum __TypeKind {
          """Indicates this type is a scalar."""
          SCALAR

          """
          Indicates this type is an object. `fields` and `interfaces` are valid fields.
          """
          OBJECT

          """
          Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.
          """
          INTERFACE

          """Indicates this type is a union. `possibleTypes` is a valid field."""
          UNION

          """Indicates this type is an enum. `enumValues` is a valid field."""
          ENUM

          """
          Indicates this type is an input object. `inputFields` is a valid field.
          """
          INPUT_OBJECT

          """Indicates this type is a list. `ofType` is a valid field."""
          LIST

          """Indicates this type is a non-null. `ofType` is a valid field."""
          NON_NULL
        }

        """
        Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.
        """
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.
        """
        type __InputValue {
          name: String!
          description: String
          type: __Type!

          """
          A GraphQL-formatted string representing the default value for this input value.
          """
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.
        """
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        """
        A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.

        In some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.
        """
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        """
        A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.
        """
        enum __DirectiveLocation {
          """Location adjacent to a query operation."""
          QUERY

          """Location adjacent to a mutation operation."""
          MUTATION

          """Location adjacent to a subscription operation."""
          SUBSCRIPTION

          """Location adjacent to a field."""
          FIELD

          """Location adjacent to a fragment definition."""
          FRAGMENT_DEFINITION

          """Location adjacent to a fragment spread."""
          FRAGMENT_SPREAD

          """Location adjacent to an inline fragment."""
          INLINE_FRAGMENT

          """Location adjacent to a variable definition."""
          VARIABLE_DEFINITION

          """Location adjacent to a schema definition."""
          SCHEMA

          """Location adjacent to a scalar definition."""
          SCALAR

          """Location adjacent to an object type definition."""
          OBJECT

          """Location adjacent to a field definition."""
          FIELD_DEFINITION

          """Location adjacent to an argument definition."""
          ARGUMENT_DEFINITION

          """Location adjacent to an interface definition."""
          INTERFACE

          """Location adjacent to a union definition."""
          UNION

          """Location adjacent to an enum definition."""
          ENUM

          """Location adjacent to an enum value definition."""
          ENUM_VALUE

          """Location adjacent to an input object type definition."""
          INPUT_OBJECT

          """Location adjacent to an input object field definition."""
          INPUT_FIELD_DEFINITION
        }
        """";

    private static readonly GraphQLSchema Schema = PrinterFixture.Build();

    [Fact]
    public void PrintIntrospectionSchema_MatchesTheSpecifiedDefinitions()
    {
        Assert.Equal(ExpectedIntrospectionSdl, SchemaPrinter.PrintIntrospectionSchema(Schema));
    }

    [Fact]
    public void Schema_ExposesRootsTypesAndDirectives()
    {
        Assert.Same(Schema.QueryType, Resolve(Introspection.SchemaType, "queryType", Schema));
        Assert.Same(Schema.MutationType, Resolve(Introspection.SchemaType, "mutationType", Schema));
        Assert.Null(Resolve(Introspection.SchemaType, "subscriptionType", Schema));
        Assert.Same(Schema.Types, Resolve(Introspection.SchemaType, "types", Schema));
        Assert.Equal(
            ["include", "skip", "deprecated", "specifiedBy", "oneOf", "audit"],
            ((IEnumerable<DirectiveDefinition>)Resolve(Introspection.SchemaType, "directives", Schema)!).Select(d => d.Name));
    }

    [Fact]
    public void Type_FieldsHideDeprecatedUnlessAsked()
    {
        var customer = Schema.GetType("Customer")!;

        Assert.Equal(
            ["id", "url", "name", "invoices", "metered"],
            Names<FieldDefinition>(Resolve(Introspection.TypeType, "fields", customer, ("includeDeprecated", false)), f => f.Name));
        Assert.Equal(
            ["id", "url", "name", "invoices", "balance", "oldName", "metered"],
            Names<FieldDefinition>(Resolve(Introspection.TypeType, "fields", customer, ("includeDeprecated", true)), f => f.Name));
    }

    [Fact]
    public void Type_EnumValuesAndInputFieldsHideDeprecatedUnlessAsked()
    {
        var status = Schema.GetType("InvoiceStatus")!;
        var filter = Schema.GetType("ReadingFilter")!;

        Assert.Equal(["OPEN", "PAID"], Names<EnumValueDefinition>(Resolve(Introspection.TypeType, "enumValues", status), v => v.Name));
        Assert.Equal(
            ["OPEN", "PAID", "CANCELLED", "VOID"],
            Names<EnumValueDefinition>(Resolve(Introspection.TypeType, "enumValues", status, ("includeDeprecated", true)), v => v.Name));
        Assert.Equal(["minimum", "tags", "byCollector"], Names<InputValueDefinition>(Resolve(Introspection.TypeType, "inputFields", filter), f => f.Name));
        Assert.Equal(
            ["minimum", "tags", "byCollector", "legacy"],
            Names<InputValueDefinition>(Resolve(Introspection.TypeType, "inputFields", filter, ("includeDeprecated", true)), f => f.Name));
    }

    [Fact]
    public void Type_FieldsNotApplicableToTheKind_AreNull()
    {
        var date = Schema.GetType("Date")!;

        Assert.Equal(TypeKind.Scalar, Resolve(Introspection.TypeType, "kind", date));
        Assert.Null(Resolve(Introspection.TypeType, "fields", date));
        Assert.Null(Resolve(Introspection.TypeType, "interfaces", date));
        Assert.Null(Resolve(Introspection.TypeType, "possibleTypes", date));
        Assert.Null(Resolve(Introspection.TypeType, "enumValues", date));
        Assert.Null(Resolve(Introspection.TypeType, "inputFields", date));
        Assert.Null(Resolve(Introspection.TypeType, "ofType", date));
        Assert.Null(Resolve(Introspection.TypeType, "isOneOf", date));
        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", Resolve(Introspection.TypeType, "specifiedByURL", date));
    }

    [Fact]
    public void Type_WrappersHaveNoNameAndExposeOfType()
    {
        var wrapped = ScalarType.String.NonNull().List().NonNull();

        Assert.Equal(TypeKind.NonNull, Resolve(Introspection.TypeType, "kind", wrapped));
        Assert.Null(Resolve(Introspection.TypeType, "name", wrapped));
        var list = (GraphQLType)Resolve(Introspection.TypeType, "ofType", wrapped)!;
        Assert.Equal(TypeKind.List, Resolve(Introspection.TypeType, "kind", list));
        Assert.Equal("String!", Resolve(Introspection.TypeType, "ofType", list)!.ToString());
    }

    [Fact]
    public void Type_PossibleTypesAndInterfaces_ComeFromTheSchema()
    {
        var node = Schema.GetType("Node")!;
        var search = Schema.GetType("SearchResult")!;
        var customer = Schema.GetType("Customer")!;

        Assert.Equal(["Customer"], Names<ObjectType>(Resolve(Introspection.TypeType, "possibleTypes", node), t => t.Name));
        Assert.Equal(["Customer", "Invoice"], Names<ObjectType>(Resolve(Introspection.TypeType, "possibleTypes", search), t => t.Name));
        Assert.Equal(["Resource", "Node"], Names<InterfaceType>(Resolve(Introspection.TypeType, "interfaces", customer), t => t.Name));
        Assert.Equal(["Customer"], Schema.GetImplementations((InterfaceType)Schema.GetType("Resource")!).Select(t => t.Name));
        Assert.Equal(["Resource", "Customer"], Schema.GetImplementations((InterfaceType)node).Select(t => t.Name));
    }

    [Fact]
    public void Type_IsOneOf_IsTrueOnlyForOneOfInputObjects()
    {
        Assert.Equal(true, Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("CustomerRef")!));
        Assert.Equal(false, Resolve(Introspection.TypeType, "isOneOf", Schema.GetType("ReadingFilter")!));
    }

    [Fact]
    public void InputValue_DefaultValue_IsPrintedAsGraphQLLiteral()
    {
        var metered = ((ObjectType)Schema.GetType("Customer")!).FindField("metered")!;
        var invoices = ((ObjectType)Schema.GetType("Customer")!).FindField("invoices")!;

        Assert.Null(Resolve(Introspection.InputValueType, "defaultValue", metered.FindArgument("kind")!));
        Assert.Equal("\"2026-01-01\"", Resolve(Introspection.InputValueType, "defaultValue", metered.FindArgument("since")!));
        Assert.Equal("{minimum: 1.5, tags: [\"a\", \"b\"], byCollector: false}", Resolve(Introspection.InputValueType, "defaultValue", metered.FindArgument("filter")!));
        Assert.Equal("OPEN", Resolve(Introspection.InputValueType, "defaultValue", invoices.FindArgument("status")!));
    }

    [Fact]
    public void FieldAndEnumValue_ExposeDeprecation()
    {
        var oldName = ((ObjectType)Schema.GetType("Customer")!).FindField("oldName")!;
        var cancelled = ((EnumType)Schema.GetType("InvoiceStatus")!).FindValue("CANCELLED")!;

        Assert.Equal(true, Resolve(Introspection.FieldType, "isDeprecated", oldName));
        Assert.Equal("Use `name`.", Resolve(Introspection.FieldType, "deprecationReason", oldName));
        Assert.Equal(true, Resolve(Introspection.EnumValueType, "isDeprecated", cancelled));
        Assert.Equal("No longer used.", Resolve(Introspection.EnumValueType, "deprecationReason", cancelled));
    }

    [Fact]
    public void Directive_ExposesLocationsArgumentsAndRepeatable()
    {
        var audit = Schema.GetDirective("audit")!;

        Assert.Equal(true, Resolve(Introspection.DirectiveType, "isRepeatable", audit));
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], (IEnumerable<DirectiveLocation>)Resolve(Introspection.DirectiveType, "locations", audit)!);
        Assert.Equal(["owner"], Names<InputValueDefinition>(Resolve(Introspection.DirectiveType, "args", audit), a => a.Name));
        Assert.Equal("OBJECT", Introspection.DirectiveLocationType.Serialize(DirectiveLocation.Object));
        Assert.Equal("INPUT_FIELD_DEFINITION", Introspection.DirectiveLocationType.Serialize(DirectiveLocation.InputFieldDefinition));
    }

    [Fact]
    public void MetaFields_ResolveSchemaTypeAndTypeName()
    {
        Assert.Same(Schema, Resolve(Schema.QueryType, Introspection.SchemaMetaField, null));
        Assert.Same(Schema.GetType("Invoice"), Resolve(Schema.QueryType, Introspection.TypeMetaField, null, ("name", "Invoice")));
        Assert.Null(Resolve(Schema.QueryType, Introspection.TypeMetaField, null, ("name", "Nope")));
        Assert.Equal("Query", Resolve(Schema.QueryType, Introspection.TypeNameMetaField, null));
    }

    [Fact]
    public void IntrospectionTypes_AreInEverySchemaTypeMap()
    {
        Assert.All(Introspection.Types, t => Assert.Same(t, Schema.GetType(t.Name)));
        Assert.True(Introspection.IsIntrospectionType(Introspection.TypeType));
        Assert.False(Introspection.IsIntrospectionType(Schema.QueryType));
    }

    private static List<string> Names<T>(object? items, Func<T, string> name) => ((IEnumerable<T>)items!).Select(name).ToList();

    private static object? Resolve(ObjectType type, string fieldName, object source, params (string Name, object? Value)[] arguments) =>
        Resolve(type, type.FindField(fieldName) ?? throw new ArgumentException(fieldName), source, arguments);

    private static object? Resolve(ObjectType type, FieldDefinition field, object? source, params (string Name, object? Value)[] arguments)
    {
        var context = new TestResolveContext(Schema, type, field, source, arguments.ToDictionary(a => a.Name, a => a.Value));
        var result = field.Resolver!(context);
        Assert.True(result.IsCompletedSuccessfully);
        return result.Result;
    }

    private sealed record TestResolveContext(
        GraphQLSchema Schema, ObjectType ParentType, FieldDefinition Field, object? Source, IReadOnlyDictionary<string, object?> Arguments)
        : IFieldResolveContext
    {
        public CancellationToken CancellationToken => CancellationToken.None;

        public IServiceProvider Services { get; } = EmptyServices.Instance;

        public object? RequestContext => null;
    }
}
