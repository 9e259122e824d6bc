namespace IBok.GraphQL.Types;

/// <summary>
/// Assembles and validates a <see cref="GraphQLSchema"/>:
/// <code>
/// var schema = new SchemaBuilder().Query(query).Mutation(mutation).AddType(orphan).Build();
/// </code>
/// <see cref="Build"/> collects the type map, runs every Type Validation rule of spec section 3 and throws
/// one <see cref="SchemaValidationException"/> listing all problems, each naming its schema coordinate.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<NamedType> _types = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private string? _description;
    private ObjectType? _query;
    private ObjectType? _mutation;
    private ObjectType? _subscription;

    /// <summary>Sets the schema description.</summary>
    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Sets the query root operation type (required).</summary>
    public SchemaBuilder Query(ObjectType queryType)
    {
        _query = queryType ?? throw new ArgumentNullException(nameof(queryType));
        return this;
    }

    /// <summary>Sets the mutation root operation type.</summary>
    public SchemaBuilder Mutation(ObjectType? mutationType)
    {
        _mutation = mutationType;
        return this;
    }

    /// <summary>Sets the subscription root operation type.</summary>
    public SchemaBuilder Subscription(ObjectType? subscriptionType)
    {
        _subscription = subscriptionType;
        return this;
    }

    /// <summary>
    /// Adds a type to the type map even if no root reaches it (e.g. an object type only reachable through an
    /// interface), and fixes its position: added types come first in the type map and in printed SDL.
    /// </summary>
    public SchemaBuilder AddType(NamedType type)
    {
        _types.Add(type ?? throw new ArgumentNullException(nameof(type)));
        return this;
    }

    /// <summary>Adds several types, in order.</summary>
    public SchemaBuilder AddTypes(params IEnumerable<NamedType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        foreach (var type in types)
        {
            AddType(type);
        }

        return this;
    }

    /// <summary>Adds a custom directive; the specified directives are always present.</summary>
    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        _directives.Add(directive ?? throw new ArgumentNullException(nameof(directive)));
        return this;
    }

    /// <summary>All validation errors of the schema as currently configured (empty when valid).</summary>
    public IReadOnlyList<SchemaValidationError> Validate() => Assemble().Errors;

    /// <summary>Builds the schema.</summary>
    /// <exception cref="SchemaValidationException">The schema breaks one or more rules; all are listed.</exception>
    public GraphQLSchema Build()
    {
        var (schema, errors) = Assemble();
        return errors.Count == 0 ? schema! : throw new SchemaValidationException(errors);
    }

    private (GraphQLSchema? Schema, IReadOnlyList<SchemaValidationError> Errors) Assemble()
    {
        var errors = new List<SchemaValidationError>();
        var directives = DirectiveDefinition.SpecifiedDirectives.Concat(_directives).ToArray();
        var types = TypeMapCollector.Collect(_types, [_query, _mutation, _subscription], directives, errors);
        if (_query is null)
        {
            errors.Add(new SchemaValidationError("schema", "Query root type must be provided."));
            return (null, errors);
        }

        if (errors.Count > 0)
        {
            // Duplicate type names make the type map ambiguous; further rules would report noise.
            return (null, errors);
        }

        var schema = new GraphQLSchema(_description, _query, _mutation, _subscription, types, directives);
        errors.AddRange(SchemaValidator.Validate(schema));
        return (schema, errors);
    }
}

/// <summary>Builds the type map in graphql-js's order (<c>collectReferencedTypes</c>).</summary>
internal static class TypeMapCollector
{
    public static IReadOnlyList<NamedType> Collect(
        IEnumerable<NamedType> explicitTypes,
        IEnumerable<ObjectType?> roots,
        IEnumerable<DirectiveDefinition> directives,
        List<SchemaValidationError> errors)
    {
        // As graphql-js: explicit types are pre-marked so traversal does not pull them forward; each is then
        // visited in turn, so it lands in its own position followed by the types only it introduced.
        var explicitList = explicitTypes.Distinct(ReferenceEqualityComparer.Instance).Cast<NamedType>().ToList();
        var seen = new HashSet<NamedType>(explicitList, ReferenceEqualityComparer.Instance);
        var ordered = new List<NamedType>();
        foreach (var type in explicitList)
        {
            seen.Remove(type);
            Visit(type, seen, ordered);
        }

        foreach (var root in roots)
        {
            if (root is not null)
            {
                Visit(root, seen, ordered);
            }
        }

        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Visit(argument.Type.GetNamedType(), seen, ordered);
            }
        }

        Visit(Introspection.SchemaType, seen, ordered);

        var byName = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in ordered)
        {
            if (!byName.TryAdd(type.Name, type) && reported.Add(type.Name))
            {
                errors.Add(new SchemaValidationError(
                    type.Name,
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
            }
        }

        return ordered;
    }

    private static void Visit(NamedType type, HashSet<NamedType> seen, List<NamedType> ordered)
    {
        if (!seen.Add(type))
        {
            return;
        }

        ordered.Add(type);
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Visit(member, seen, ordered);
                }

                break;
            case ComplexOutputType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Visit(iface, seen, ordered);
                }

                foreach (var field in complex.Fields)
                {
                    Visit(field.Type.GetNamedType(), seen, ordered);
                    foreach (var argument in field.Arguments)
                    {
                        Visit(argument.Type.GetNamedType(), seen, ordered);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Visit(field.Type.GetNamedType(), seen, ordered);
                }

                break;
        }
    }
}
