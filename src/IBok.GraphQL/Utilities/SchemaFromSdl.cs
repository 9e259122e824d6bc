using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Utilities;

/// <summary>
/// Builds an executable <see cref="GraphQLSchema"/> from SDL, as graphql-js's <c>buildASTSchema</c> (which
/// applies the document's extensions as <c>extendSchema</c> does): every type definition and extension,
/// descriptions, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>, custom directive definitions and
/// default values (<see cref="ValueFromAst"/>), with behaviour bound by name through <see cref="SdlResolvers"/>.
/// </summary>
/// <remarks>
/// Without a <c>schema</c> definition the roots are the object types named Query, Mutation and Subscription.
/// The type map keeps the document's order. Applied custom directives are checked (known, allowed at the
/// location) but not kept: the type model has no place for them.
/// </remarks>
public static class SchemaFromSdl
{
    /// <summary>Parses and builds <paramref name="sdl"/>.</summary>
    /// <exception cref="GraphQLSyntaxException">The SDL does not parse.</exception>
    /// <exception cref="SdlValidationException">The SDL breaks an SDL rule (unknown type, duplicate name, ...).</exception>
    /// <exception cref="SchemaValidationException">The schema breaks a Type Validation rule of spec section 3.</exception>
    /// <exception cref="ArgumentException"><paramref name="resolvers"/> names a type or field the SDL lacks.</exception>
    public static GraphQLSchema Build(string sdl, SdlResolvers? resolvers = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return Build(Parser.Parse(sdl), resolvers);
    }

    /// <summary>Builds the schema a parsed SDL document describes.</summary>
    /// <exception cref="SdlValidationException">The SDL breaks an SDL rule (unknown type, duplicate name, ...).</exception>
    /// <exception cref="SchemaValidationException">The schema breaks a Type Validation rule of spec section 3.</exception>
    /// <exception cref="ArgumentException"><paramref name="resolvers"/> names a type or field the SDL lacks.</exception>
    public static GraphQLSchema Build(DocumentNode document, SdlResolvers? resolvers = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = SdlValidator.Validate(document);
        if (errors.Count > 0)
        {
            throw new SdlValidationException(errors);
        }

        var schema = new Builder(document, resolvers ?? new SdlResolvers()).Build();
        CheckBindings(schema, resolvers);
        return schema;
    }

    private static void CheckBindings(GraphQLSchema schema, SdlResolvers? resolvers)
    {
        if (resolvers is null)
        {
            return;
        }

        var unknown = new List<string>();
        foreach (var coordinate in resolvers.Fields.Keys.Concat(resolvers.Subscriptions.Keys))
        {
            var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
            if (schema.GetType(coordinate[..dot]) is not ComplexOutputType type || type.FindField(coordinate[(dot + 1)..]) is null)
            {
                unknown.Add(coordinate);
            }
        }

        unknown.AddRange(resolvers.Types.Keys.Where(name => schema.GetType(name) is not (InterfaceType or UnionType)));
        unknown.AddRange(resolvers.IsTypeOfChecks.Keys.Where(name => schema.GetType(name) is not ObjectType));
        unknown.AddRange(resolvers.Scalars.Keys.Where(name => schema.GetType(name) is not ScalarType));
        if (unknown.Count > 0)
        {
            throw new ArgumentException("The resolvers name types or fields the schema does not define: " + string.Join(", ", unknown) + ".", nameof(resolvers));
        }
    }

    private sealed class Builder(DocumentNode document, SdlResolvers resolvers)
    {
        private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
        private readonly ILookup<string, TypeExtensionNode> _extensions = document.Definitions.OfType<TypeExtensionNode>().ToLookup(e => e.Name.Value);

        public GraphQLSchema Build()
        {
            var typeDefinitions = document.Definitions.OfType<TypeDefinitionNode>().ToArray();
            foreach (var definition in typeDefinitions)
            {
                _types[definition.Name.Value] = BuildType(definition);
            }

            foreach (var definition in document.Definitions.OfType<DirectiveDefinitionNode>())
            {
                _directives[definition.Name.Value] = BuildDirective(definition);
            }

            var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
            var operationTypes = (schemaDefinition?.OperationTypes ?? [])
                .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(e => e.OperationTypes))
                .ToDictionary(o => o.Operation, o => o.Type.Name.Value);
            if (schemaDefinition is null && operationTypes.Count == 0)
            {
                foreach (var operation in Enum.GetValues<OperationType>())
                {
                    if (_types.ContainsKey(operation.ToString()))
                    {
                        operationTypes[operation] = operation.ToString();
                    }
                }
            }

            var builder = new SchemaBuilder().Description(schemaDefinition?.Description?.Value);
            if (operationTypes.TryGetValue(OperationType.Query, out var query))
            {
                builder.Query(RootType(query));
            }

            builder.Mutation(operationTypes.TryGetValue(OperationType.Mutation, out var mutation) ? RootType(mutation) : null);
            builder.Subscription(operationTypes.TryGetValue(OperationType.Subscription, out var subscription) ? RootType(subscription) : null);
            builder.AddTypes(typeDefinitions.Select(d => _types[d.Name.Value]));
            foreach (var directive in _directives.Values)
            {
                builder.AddDirective(directive);
            }

            return builder.Build();
        }

        // The type model holds only object types as union members, so the spec's rule (3.8 Unions, Type Validation 2)
        // is enforced here, where SDL can name any type.
        private ObjectType UnionMember(string union, string member) =>
            Named(member) as ObjectType
            ?? throw new SchemaValidationException([new SchemaValidationError(union, $"Union type {union} can only include Object types, it cannot include {member}.")]);

        private ObjectType RootType(string name) =>
            _types.GetValueOrDefault(name) as ObjectType
            ?? throw new SchemaValidationException([new SchemaValidationError("schema", $"Root type \"{name}\" must be an Object type.")]);

        private NamedType BuildType(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var extensions = _extensions[name].ToArray();
            var description = definition.Description?.Value;
            var directives = definition.Directives.Concat(extensions.SelectMany(e => e.Directives)).ToArray();
            switch (definition)
            {
                case ScalarTypeDefinitionNode:
                    if (ScalarType.IsSpecifiedScalarName(name))
                    {
                        return StandardScalar(name);
                    }

                    return resolvers.Scalars.GetValueOrDefault(name) ?? new ScalarType(name, value => value, value => value)
                    {
                        Description = description,
                        SpecifiedByUrl = DirectiveArgument(DirectiveDefinition.SpecifiedBy, directives, "url") as string,
                    };

                case ObjectTypeDefinitionNode objectType:
                    return new ObjectType(
                        name,
                        () => Fields(name, objectType.Fields.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields))),
                        () => Interfaces(objectType.Interfaces.Concat(extensions.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces))))
                    {
                        Description = description,
                        IsTypeOf = resolvers.IsTypeOfChecks.GetValueOrDefault(name),
                    };

                case InterfaceTypeDefinitionNode interfaceType:
                    return new InterfaceType(
                        name,
                        () => Fields(name, interfaceType.Fields.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields))),
                        () => Interfaces(interfaceType.Interfaces.Concat(extensions.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces))))
                    {
                        Description = description,
                        ResolveType = resolvers.Types.GetValueOrDefault(name),
                    };

                case UnionTypeDefinitionNode union:
                    return new UnionType(
                        name,
                        () => union.Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)).Select(t => UnionMember(name, t.Name.Value)))
                    {
                        Description = description,
                        ResolveType = resolvers.Types.GetValueOrDefault(name),
                    };

                case EnumTypeDefinitionNode enumType:
                    return new EnumType(
                        name,
                        enumType.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values)).Select(value =>
                            new EnumValueDefinition(value.Name.Value)
                            {
                                Description = value.Description?.Value,
                                DeprecationReason = DeprecationReason(value.Directives),
                            }))
                    {
                        Description = description,
                    };

                case InputObjectTypeDefinitionNode inputType:
                    return new InputObjectType(
                        name,
                        () => inputType.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)).Select(InputValue))
                    {
                        Description = description,
                        IsOneOf = directives.Any(d => d.Name.Value == DirectiveDefinition.OneOf.Name),
                    };

                default:
                    throw new InvalidOperationException("Unexpected type definition: " + definition.Kind);
            }
        }

        private IEnumerable<FieldDefinition> Fields(string typeName, IEnumerable<FieldDefinitionNode> fields) =>
            fields.Select(field => new FieldDefinition(field.Name.Value, Type(field.Type))
            {
                Description = field.Description?.Value,
                Arguments = field.Arguments.Select(InputValue).ToArray(),
                DeprecationReason = DeprecationReason(field.Directives),
                Resolver = resolvers.Fields.GetValueOrDefault(typeName + "." + field.Name.Value),
                Subscribe = resolvers.Subscriptions.GetValueOrDefault(typeName + "." + field.Name.Value),
            });

        private IEnumerable<InterfaceType> Interfaces(IEnumerable<NamedTypeNode> interfaces) =>
            interfaces.Select(i => (InterfaceType)Named(i.Name.Value));

        private InputValueDefinition InputValue(InputValueDefinitionNode node)
        {
            var type = Type(node.Type);
            var description = node.Description?.Value;
            var deprecationReason = DeprecationReason(node.Directives);

            // As graphql-js: a default value that does not coerce is no default at all.
            return node.DefaultValue is not null && ValueFromAst.TryGetValue(node.DefaultValue, type, null, out var defaultValue)
                ? new InputValueDefinition(node.Name.Value, type) { Description = description, DeprecationReason = deprecationReason, DefaultValue = defaultValue }
                : new InputValueDefinition(node.Name.Value, type) { Description = description, DeprecationReason = deprecationReason };
        }

        private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) =>
            new(node.Name.Value, node.Locations.Select(l => SdlValidator.ParseLocation(l.Value)))
            {
                Description = node.Description?.Value,
                Arguments = node.Arguments.Select(InputValue).ToArray(),
                IsRepeatable = node.Repeatable,
            };

        // Named throws for an unknown name, so the type is never null.
        private GraphQLType Type(TypeNode node) => TypeFromAst.Resolve(node, Named)!;

        private NamedType Named(string name) =>
            _types.GetValueOrDefault(name) ?? StandardScalar(name);

        private static ScalarType StandardScalar(string name) => name switch
        {
            "Int" => ScalarType.Int,
            "Float" => ScalarType.Float,
            "String" => ScalarType.String,
            "Boolean" => ScalarType.Boolean,
            "ID" => ScalarType.ID,
            _ => throw new InvalidOperationException($"Unknown type \"{name}\"."),
        };

        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
            DirectiveArgument(DirectiveDefinition.Deprecated, directives, "reason") as string;

        private static object? DirectiveArgument(DirectiveDefinition directive, IReadOnlyList<DirectiveNode> directives, string argument) =>
            ArgumentValues.GetDirectiveValues(directive, directives, NoVariables)?.GetValueOrDefault(argument);
    }
}
