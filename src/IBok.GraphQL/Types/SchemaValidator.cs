using System.Collections;

namespace IBok.GraphQL.Types;

/// <summary>
/// The Type Validation rules of spec section 3, run once when a schema is built (graphql-js
/// <c>validateSchema</c>). Each method names the spec section it checks. Rules that the C# model makes
/// impossible to break are not checked: root types, interface lists and union members are typed as object
/// or interface types; a non-null type cannot wrap a non-null type; directives cannot be applied to
/// definitions other than through the model's own properties, so a directive cannot reference itself
/// (spec 3.13, Type Validation 2–3).
/// </summary>
internal static partial class SchemaValidator
{
    public static IReadOnlyList<SchemaValidationError> Validate(GraphQLSchema schema)
    {
        var errors = new List<SchemaValidationError>();
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        foreach (var type in schema.Types)
        {
            if (!Introspection.IsIntrospectionType(type))
            {
                ValidateName(type.Name, type.Name, errors);
            }

            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(complex, errors);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union, errors);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType, errors);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    break;
            }
        }

        ValidateInputObjectCircularReferences(schema, errors);
        ValidateInputObjectDefaultValueCycles(schema, errors);
        return errors;
    }

    /// <summary>
    /// Spec 3.3.1 Root Operation Types: the query type is provided (checked by the builder) and the query,
    /// mutation and subscription root types are all different types.
    /// </summary>
    private static void ValidateRootTypes(GraphQLSchema schema, List<SchemaValidationError> errors)
    {
        var roots = new (string Operation, ObjectType? Type)[]
        {
            ("query", schema.QueryType), ("mutation", schema.MutationType), ("subscription", schema.SubscriptionType),
        };
        foreach (var group in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!).Where(g => g.Count() > 1))
        {
            var operations = group.Select(r => r.Operation).ToList();
            var listed = operations.Count == 2
                ? operations[0] + " and " + operations[1]
                : string.Join(", ", operations.Take(operations.Count - 1)) + ", and " + operations[^1];
            errors.Add(new("schema", $"All root types must be different, \"{group.Key.Name}\" type is used as {listed} root types."));
        }
    }

    /// <summary>
    /// Spec 3.13 Directives, Type Validation: unique names, not starting with "__", at least one location,
    /// arguments uniquely named input types, required arguments not deprecated, defaults valid.
    /// </summary>
    private static void ValidateDirectives(GraphQLSchema schema, List<SchemaValidationError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in schema.Directives)
        {
            var coordinate = "@" + directive.Name;
            if (!names.Add(directive.Name))
            {
                errors.Add(new(coordinate, $"There can be only one directive named \"@{directive.Name}\"."));
            }

            ValidateName(directive.Name, coordinate, errors);
            if (directive.Locations.Count == 0)
            {
                errors.Add(new(coordinate, $"Directive @{directive.Name} must include 1 or more locations."));
            }

            ValidateArguments(coordinate, directive.Arguments, errors);
        }
    }

    /// <summary>Spec 3.6.1 / 3.13: argument names unique, valid and input-typed; required arguments not deprecated; defaults valid.</summary>
    private static void ValidateArguments(string parentCoordinate, IReadOnlyList<InputValueDefinition> arguments, List<SchemaValidationError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var coordinate = $"{parentCoordinate}({argument.Name}:)";
            if (!names.Add(argument.Name))
            {
                errors.Add(new(coordinate, $"Argument \"{coordinate}\" can only be defined once."));
            }

            ValidateName(argument.Name, coordinate, errors);
            if (!argument.Type.IsInputType())
            {
                errors.Add(new(coordinate, $"The type of {coordinate} must be Input Type but got: {argument.Type}."));
            }
            else
            {
                ValidateDefaultValue(coordinate, argument, errors);
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                errors.Add(new(coordinate, $"Required argument {coordinate} cannot be deprecated."));
            }
        }
    }

    /// <summary>
    /// Spec 3.6.1 Type Validation 2.4.5: a default value must be compatible with its type. Defaults are
    /// internal values, so compatibility means: null only for nullable types, leaves serializable by their
    /// type, input objects with every required field and no unknown one.
    /// </summary>
    private static void ValidateDefaultValue(string coordinate, InputValueDefinition input, List<SchemaValidationError> errors)
    {
        if (input.HasDefaultValue && DefaultValueProblem(input.DefaultValue, input.Type) is { } problem)
        {
            errors.Add(new(coordinate, $"{coordinate} has invalid default value: {problem}"));
        }
    }

    private static string? DefaultValueProblem(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null ? $"Expected non-nullable type \"{type}\" not to be null." : DefaultValueProblem(value, nonNull.OfType);
        }

        switch (type)
        {
            case var _ when value is null:
                return null;
            case ListType list:
                return value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>
                    ? items.Cast<object?>().Select(item => DefaultValueProblem(item, list.OfType)).FirstOrDefault(p => p is not null)
                    : DefaultValueProblem(value, list.OfType);
            case InputObjectType inputObject:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return $"Expected type \"{inputObject.Name}\" to be an object.";
                }

                foreach (var field in inputObject.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (DefaultValueProblem(fieldValue, field.Type) is { } problem)
                        {
                            return problem;
                        }
                    }
                    else if (field.IsRequired)
                    {
                        return $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.";
                    }
                }

                return map.Keys.FirstOrDefault(key => inputObject.FindField(key) is null) is { } unknown
                    ? $"Field \"{unknown}\" is not defined by type \"{inputObject.Name}\"."
                    : null;
            case EnumType enumType:
                return Attempt(() => enumType.Serialize(value));
            case ScalarType scalar:
                return Attempt(() => scalar.Serialize(value));
            default:
                return null;
        }
    }

    private static string? Attempt(Func<object> serialize)
    {
        try
        {
            serialize();
            return null;
        }
        catch (ValueCoercionException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// Spec 2.1.9 Names and 3 ("must not begin with __"): names match <c>/[_A-Za-z][_0-9A-Za-z]*/</c> and do not
    /// start with two underscores, which introspection reserves.
    /// </summary>
    private static void ValidateName(string name, string coordinate, List<SchemaValidationError> errors)
    {
        if (name.Length == 0)
        {
            errors.Add(new(coordinate, "Expected name to be a non-empty string."));
            return;
        }

        if (!IsNameStart(name[0]))
        {
            errors.Add(new(coordinate, $"Names must start with [_a-zA-Z] but \"{name}\" does not."));
            return;
        }

        if (!name.All(c => IsNameStart(c) || char.IsAsciiDigit(c)))
        {
            errors.Add(new(coordinate, $"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not."));
            return;
        }

        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add(new(coordinate, $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection."));
        }
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    /// <summary>Spec 3.8 Unions, Type Validation 1: one or more unique member types.</summary>
    private static void ValidateUnionMembers(UnionType union, List<SchemaValidationError> errors)
    {
        if (union.Types.Count == 0)
        {
            errors.Add(new(union.Name, $"Union type {union.Name} must define one or more member types."));
        }

        var included = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!included.Add(member))
            {
                errors.Add(new(union.Name, $"Union type {union.Name} can only include type {member.Name} once."));
            }
        }
    }

    /// <summary>
    /// Spec 3.9 Enums, Type Validation 1: one or more unique values, named validly and not <c>true</c>,
    /// <c>false</c> or <c>null</c> (EnumValue grammar, spec 2.9.6).
    /// </summary>
    private static void ValidateEnumValues(EnumType enumType, List<SchemaValidationError> errors)
    {
        if (enumType.Values.Count == 0)
        {
            errors.Add(new(enumType.Name, $"Enum type {enumType.Name} must define one or more values."));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in enumType.Values)
        {
            var coordinate = enumType.Name + "." + value.Name;
            if (!names.Add(value.Name))
            {
                errors.Add(new(coordinate, $"Enum value \"{coordinate}\" can only be defined once."));
            }

            if (value.Name is "true" or "false" or "null")
            {
                errors.Add(new(coordinate, $"Enum values cannot be named: {value.Name}"));
            }
            else
            {
                ValidateName(value.Name, coordinate, errors);
            }
        }
    }
}
