namespace IBok.GraphQL.Types;

/// <summary>
/// The introspection meta-types of spec section 4 (listed in Appendix D) as ordinary schema types, with
/// resolvers that read the type system model: <c>__Schema</c> resolves from a <see cref="GraphQLSchema"/>,
/// <c>__Type</c> from a <see cref="GraphQLType"/>, <c>__Field</c> from a <see cref="FieldDefinition"/>,
/// <c>__InputValue</c> from an <see cref="InputValueDefinition"/>, <c>__EnumValue</c> from an
/// <see cref="EnumValueDefinition"/> and <c>__Directive</c> from a <see cref="DirectiveDefinition"/>.
/// Descriptions are graphql-js's. The executor adds the meta-fields <see cref="SchemaMetaField"/>,
/// <see cref="TypeMetaField"/> and <see cref="TypeNameMetaField"/> to the root or every object type.
/// </summary>
public static class Introspection
{
    private static readonly NonNullType NonNullString = new(ScalarType.String);
    private static readonly NonNullType NonNullBoolean = new(ScalarType.Boolean);

    /// <summary><c>__TypeKind</c>: internal values are <see cref="TypeKind"/> members.</summary>
    public static EnumType TypeKindType { get; } = new(
        "__TypeKind",
        [
            new EnumValueDefinition("SCALAR", TypeKind.Scalar) { Description = "Indicates this type is a scalar." },
            new EnumValueDefinition("OBJECT", TypeKind.Object) { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." },
            new EnumValueDefinition("INTERFACE", TypeKind.Interface) { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." },
            new EnumValueDefinition("UNION", TypeKind.Union) { Description = "Indicates this type is a union. `possibleTypes` is a valid field." },
            new EnumValueDefinition("ENUM", TypeKind.Enum) { Description = "Indicates this type is an enum. `enumValues` is a valid field." },
            new EnumValueDefinition("INPUT_OBJECT", TypeKind.InputObject) { Description = "Indicates this type is an input object. `inputFields` is a valid field." },
            new EnumValueDefinition("LIST", TypeKind.List) { Description = "Indicates this type is a list. `ofType` is a valid field." },
            new EnumValueDefinition("NON_NULL", TypeKind.NonNull) { Description = "Indicates this type is a non-null. `ofType` is a valid field." },
        ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    /// <summary><c>__DirectiveLocation</c>: internal values are <see cref="DirectiveLocation"/> members.</summary>
    public static EnumType DirectiveLocationType { get; } = new(
        "__DirectiveLocation",
        [
            Location("QUERY", DirectiveLocation.Query, "a query operation"),
            Location("MUTATION", DirectiveLocation.Mutation, "a mutation operation"),
            Location("SUBSCRIPTION", DirectiveLocation.Subscription, "a subscription operation"),
            Location("FIELD", DirectiveLocation.Field, "a field"),
            Location("FRAGMENT_DEFINITION", DirectiveLocation.FragmentDefinition, "a fragment definition"),
            Location("FRAGMENT_SPREAD", DirectiveLocation.FragmentSpread, "a fragment spread"),
            Location("INLINE_FRAGMENT", DirectiveLocation.InlineFragment, "an inline fragment"),
            Location("VARIABLE_DEFINITION", DirectiveLocation.VariableDefinition, "a variable definition"),
            Location("SCHEMA", DirectiveLocation.Schema, "a schema definition"),
            Location("SCALAR", DirectiveLocation.Scalar, "a scalar definition"),
            Location("OBJECT", DirectiveLocation.Object, "an object type definition"),
            Location("FIELD_DEFINITION", DirectiveLocation.FieldDefinition, "a field definition"),
            Location("ARGUMENT_DEFINITION", DirectiveLocation.ArgumentDefinition, "an argument definition"),
            Location("INTERFACE", DirectiveLocation.Interface, "an interface definition"),
            Location("UNION", DirectiveLocation.Union, "a union definition"),
            Location("ENUM", DirectiveLocation.Enum, "an enum definition"),
            Location("ENUM_VALUE", DirectiveLocation.EnumValue, "an enum value definition"),
            Location("INPUT_OBJECT", DirectiveLocation.InputObject, "an input object type definition"),
            Location("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition, "an input object field definition"),
        ])
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType SchemaType { get; } = new("__Schema", () =>
    [
        Field("description", ScalarType.String, (GraphQLSchema s) => s.Description),
        Field("types", TypeType!.NonNull().List().NonNull(), (GraphQLSchema s) => s.Types, "A list of all types supported by this server."),
        Field("queryType", TypeType!.NonNull(), (GraphQLSchema s) => s.QueryType, "The type that query operations will be rooted at."),
        Field("mutationType", TypeType!, (GraphQLSchema s) => s.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
        Field("subscriptionType", TypeType!, (GraphQLSchema s) => s.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
        Field("directives", DirectiveType!.NonNull().List().NonNull(), (GraphQLSchema s) => s.Directives, "A list of all directives supported by this server."),
    ])
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType TypeType { get; } = new("__Type", () =>
    [
        Field("kind", TypeKindType.NonNull(), (GraphQLType t) => t.Kind),
        Field("name", ScalarType.String, (GraphQLType t) => (t as NamedType)?.Name),
        Field("description", ScalarType.String, (GraphQLType t) => (t as NamedType)?.Description),
        Field("specifiedByURL", ScalarType.String, (GraphQLType t) => (t as ScalarType)?.SpecifiedByUrl),
        FieldWithDeprecated("fields", FieldType!.NonNull().List(), context =>
            context.Source is ComplexOutputType complex ? complex.Fields.Where(f => IncludeDeprecated(context) || !f.IsDeprecated).ToArray() : null),
        Field("interfaces", TypeType!.NonNull().List(), (GraphQLType t) => (t as ComplexOutputType)?.Interfaces),
        new FieldDefinition("possibleTypes", TypeType!.NonNull().List())
        {
            Resolver = FieldResolvers.Sync(context =>
                context.Source is NamedType named && named.IsAbstractType() ? context.Schema.GetPossibleTypes(named) : null),
        },
        FieldWithDeprecated("enumValues", EnumValueType!.NonNull().List(), context =>
            context.Source is EnumType enumType ? enumType.Values.Where(v => IncludeDeprecated(context) || !v.IsDeprecated).ToArray() : null),
        FieldWithDeprecated("inputFields", InputValueType!.NonNull().List(), context =>
            context.Source is InputObjectType input ? input.Fields.Where(f => IncludeDeprecated(context) || !f.IsDeprecated).ToArray() : null),
        Field("ofType", TypeType!, (GraphQLType t) => t switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        }),
        Field("isOneOf", ScalarType.Boolean, (GraphQLType t) => t is InputObjectType input ? input.IsOneOf : null),
    ])
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType FieldType { get; } = new("__Field", () =>
    [
        Field("name", NonNullString, (FieldDefinition f) => f.Name),
        Field("description", ScalarType.String, (FieldDefinition f) => f.Description),
        FieldWithDeprecated("args", InputValueType!.NonNull().List().NonNull(), context =>
            ((FieldDefinition)context.Source!).Arguments.Where(a => IncludeDeprecated(context) || !a.IsDeprecated).ToArray()),
        Field("type", TypeType.NonNull(), (FieldDefinition f) => f.Type),
        Field("isDeprecated", NonNullBoolean, (FieldDefinition f) => f.IsDeprecated),
        Field("deprecationReason", ScalarType.String, (FieldDefinition f) => f.DeprecationReason),
    ])
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValueType { get; } = new("__InputValue", () =>
    [
        Field("name", NonNullString, (InputValueDefinition v) => v.Name),
        Field("description", ScalarType.String, (InputValueDefinition v) => v.Description),
        Field("type", TypeType.NonNull(), (InputValueDefinition v) => v.Type),
        Field("defaultValue", ScalarType.String, (InputValueDefinition v) => v.HasDefaultValue ? ValuePrinter.PrintLiteral(v.DefaultValue, v.Type) : null,
            "A GraphQL-formatted string representing the default value for this input value."),
        Field("isDeprecated", NonNullBoolean, (InputValueDefinition v) => v.IsDeprecated),
        Field("deprecationReason", ScalarType.String, (InputValueDefinition v) => v.DeprecationReason),
    ])
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValueType { get; } = new("__EnumValue", () =>
    [
        Field("name", NonNullString, (EnumValueDefinition v) => v.Name),
        Field("description", ScalarType.String, (EnumValueDefinition v) => v.Description),
        Field("isDeprecated", NonNullBoolean, (EnumValueDefinition v) => v.IsDeprecated),
        Field("deprecationReason", ScalarType.String, (EnumValueDefinition v) => v.DeprecationReason),
    ])
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType DirectiveType { get; } = new("__Directive", () =>
    [
        Field("name", NonNullString, (DirectiveDefinition d) => d.Name),
        Field("description", ScalarType.String, (DirectiveDefinition d) => d.Description),
        Field("isRepeatable", NonNullBoolean, (DirectiveDefinition d) => d.IsRepeatable),
        Field("locations", DirectiveLocationType.NonNull().List().NonNull(), (DirectiveDefinition d) => d.Locations),
        FieldWithDeprecated("args", InputValueType.NonNull().List().NonNull(), context =>
            ((DirectiveDefinition)context.Source!).Arguments.Where(a => IncludeDeprecated(context) || !a.IsDeprecated).ToArray()),
    ])
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    /// <summary><c>__schema: __Schema!</c>, available on the query root type (spec 4.2).</summary>
    public static FieldDefinition SchemaMetaField { get; } = new("__schema", SchemaType.NonNull())
    {
        Description = "Access the current type schema of this server.",
        Resolver = FieldResolvers.Sync(context => context.Schema),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type (spec 4.2).</summary>
    public static FieldDefinition TypeMetaField { get; } = new("__type", TypeType)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new InputValueDefinition("name", NonNullString)],
        Resolver = FieldResolvers.Sync(context =>
            context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.GetType(typeName) : null),
    };

    /// <summary><c>__typename: String!</c>, available on every object, interface and union (spec 4.1).</summary>
    public static FieldDefinition TypeNameMetaField { get; } = new("__typename", NonNullString)
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = FieldResolvers.Sync(context => context.ParentType.Name),
    };

    /// <summary>The introspection types in the order graphql-js lists them.</summary>
    public static IReadOnlyList<NamedType> Types { get; } =
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    /// <summary>Whether <paramref name="type"/> is one of the introspection meta-types.</summary>
    public static bool IsIntrospectionType(NamedType type) => Types.Contains(type);

    private static EnumValueDefinition Location(string name, DirectiveLocation location, string adjacentTo) =>
        new(name, location) { Description = "Location adjacent to " + adjacentTo + "." };

    private static FieldDefinition Field<TSource>(string name, GraphQLType type, Func<TSource, object?> read, string? description = null) =>
        new(name, type) { Description = description, Resolver = FieldResolvers.FromSource(read) };

    private static FieldDefinition FieldWithDeprecated(string name, GraphQLType type, Func<IFieldResolveContext, object?> resolve) =>
        new(name, type)
        {
            Arguments = [new InputValueDefinition("includeDeprecated", ScalarType.Boolean) { DefaultValue = false }],
            Resolver = FieldResolvers.Sync(resolve),
        };

    private static bool IncludeDeprecated(IFieldResolveContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;
}
