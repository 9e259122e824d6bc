namespace IBok.GraphQL.Types;

// Input objects: spec 3.10 Input Objects and 3.10.1 OneOf Input Objects, Type Validation.
internal static partial class SchemaValidator
{
    /// <summary>
    /// Spec 3.10 Type Validation 1–2: one or more input fields, uniquely and validly named, input-typed,
    /// required fields not deprecated, valid defaults; for OneOf Input Objects every field nullable and
    /// without a default.
    /// </summary>
    private static void ValidateInputFields(InputObjectType input, List<SchemaValidationError> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add(new(input.Name, $"Input Object type {input.Name} must define one or more fields."));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var coordinate = input.Name + "." + field.Name;
            if (!names.Add(field.Name))
            {
                errors.Add(new(coordinate, $"Field \"{coordinate}\" can only be defined once."));
            }

            ValidateName(field.Name, coordinate, errors);
            if (!field.Type.IsInputType())
            {
                errors.Add(new(coordinate, $"The type of {coordinate} must be Input Type but got: {field.Type}."));
            }
            else
            {
                ValidateDefaultValue(coordinate, field, errors);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                errors.Add(new(coordinate, $"Required input field {coordinate} cannot be deprecated."));
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    errors.Add(new(coordinate, $"OneOf input field {coordinate} must be nullable."));
                }

                if (field.HasDefaultValue)
                {
                    errors.Add(new(coordinate, $"OneOf input field {coordinate} cannot have a default value."));
                }
            }
        }
    }

    /// <summary>
    /// Spec 3.10 Type Validation 3: an input object may reference itself only through a chain containing a
    /// nullable or list field (otherwise no finite value exists). Depth-first search as in graphql-js.
    /// </summary>
    private static void ValidateInputObjectCircularReferences(GraphQLSchema schema, List<SchemaValidationError> errors)
    {
        var visited = new HashSet<InputObjectType>();
        var fieldPath = new List<InputValueDefinition>();
        var pathIndexByType = new Dictionary<InputObjectType, int>();

        foreach (var input in schema.Types.OfType<InputObjectType>())
        {
            Detect(input);
        }

        void Detect(InputObjectType input)
        {
            if (!visited.Add(input))
            {
                return;
            }

            pathIndexByType[input] = fieldPath.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    fieldPath.Add(field);
                    if (pathIndexByType.TryGetValue(fieldType, out var cycleIndex))
                    {
                        var path = string.Join(".", fieldPath.Skip(cycleIndex).Select(f => f.Name));
                        errors.Add(new(fieldType.Name,
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{path}\"."));
                    }
                    else
                    {
                        Detect(fieldType);
                    }

                    fieldPath.RemoveAt(fieldPath.Count - 1);
                }
            }

            pathIndexByType.Remove(input);
        }
    }

    /// <summary>
    /// Spec 3.10 Type Validation 4, InputObjectDefaultValueHasCycle: following field defaults that are not
    /// overridden by an enclosing default must not lead back to a field already followed (it would make the
    /// default value infinite).
    /// </summary>
    private static void ValidateInputObjectDefaultValueCycles(GraphQLSchema schema, List<SchemaValidationError> errors)
    {
        var reported = new HashSet<InputValueDefinition>();
        foreach (var input in schema.Types.OfType<InputObjectType>())
        {
            if (InputObjectDefaultValueHasCycle(input, new Dictionary<string, object?>(), new HashSet<InputValueDefinition>(), out var repeated) && reported.Add(repeated!))
            {
                var coordinate = OwnerName(schema, repeated!) + "." + repeated!.Name;
                errors.Add(new(coordinate, $"Invalid circular reference. The default value of Input Object field {coordinate} references itself."));
            }
        }
    }

    private static bool InputObjectDefaultValueHasCycle(
        InputObjectType input, object? defaultValue, IReadOnlySet<InputValueDefinition> visitedFields, out InputValueDefinition? repeated)
    {
        repeated = null;
        if (defaultValue is IReadOnlyList<object?> list)
        {
            foreach (var item in list)
            {
                if (InputObjectDefaultValueHasCycle(input, item, visitedFields, out repeated))
                {
                    return true;
                }
            }
        }
        else if (defaultValue is IReadOnlyDictionary<string, object?> map)
        {
            foreach (var field in input.Fields)
            {
                if (InputFieldDefaultValueHasCycle(field, map, visitedFields, out repeated))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool InputFieldDefaultValueHasCycle(
        InputValueDefinition field, IReadOnlyDictionary<string, object?> defaultValue, IReadOnlySet<InputValueDefinition> visitedFields, out InputValueDefinition? repeated)
    {
        repeated = null;
        if (field.Type.GetNamedType() is not InputObjectType namedFieldType)
        {
            return false;
        }

        if (defaultValue.TryGetValue(field.Name, out var fieldDefaultValue))
        {
            return InputObjectDefaultValueHasCycle(namedFieldType, fieldDefaultValue, visitedFields, out repeated);
        }

        if (!field.HasDefaultValue)
        {
            return false;
        }

        if (visitedFields.Contains(field))
        {
            repeated = field;
            return true;
        }

        var nextVisitedFields = new HashSet<InputValueDefinition>(visitedFields) { field };
        return InputObjectDefaultValueHasCycle(namedFieldType, field.DefaultValue, nextVisitedFields, out repeated);
    }

    private static string OwnerName(GraphQLSchema schema, InputValueDefinition field) =>
        schema.Types.OfType<InputObjectType>().First(t => t.Fields.Contains(field)).Name;
}
