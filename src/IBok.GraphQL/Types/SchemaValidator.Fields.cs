namespace IBok.GraphQL.Types;

// Objects and interfaces: spec 3.6 Objects and 3.7 Interfaces, Type Validation.
internal static partial class SchemaValidator
{
    /// <summary>
    /// Spec 3.6 / 3.7, Type Validation 1–2: one or more fields, uniquely and validly named, output-typed,
    /// with valid arguments.
    /// </summary>
    private static void ValidateFields(ComplexOutputType type, List<SchemaValidationError> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add(new(type.Name, $"Type {type.Name} must define one or more fields."));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var coordinate = type.Name + "." + field.Name;
            if (!names.Add(field.Name))
            {
                errors.Add(new(coordinate, $"Field \"{coordinate}\" can only be defined once."));
            }

            ValidateName(field.Name, coordinate, errors);
            if (!field.Type.IsOutputType())
            {
                errors.Add(new(coordinate, $"The type of {coordinate} must be Output Type but got: {field.Type}."));
            }

            ValidateArguments(coordinate, field.Arguments, errors);
        }
    }

    /// <summary>
    /// Spec 3.6 Type Validation 3–4 and 3.7 Type Validation 3–4: unique interfaces, no self-implementation,
    /// and IsValidImplementation for each.
    /// </summary>
    private static void ValidateInterfaces(ComplexOutputType type, List<SchemaValidationError> errors)
    {
        var declared = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add(new(type.Name, $"Type {type.Name} cannot implement itself because it would create a circular reference."));
                continue;
            }

            if (!declared.Add(iface))
            {
                errors.Add(new(type.Name, $"Type {type.Name} can only implement {iface.Name} once."));
                continue;
            }

            ValidateTypeImplementsAncestors(type, iface, errors);
            ValidateTypeImplementsInterface(type, iface, errors);
        }
    }

    /// <summary>
    /// IsValidImplementation step 1 (spec 3.6): a type declares every interface its interfaces implement.
    /// An interface that would have to implement itself this way is a cycle (spec 3.7: "must not contain
    /// cyclic references").
    /// </summary>
    private static void ValidateTypeImplementsAncestors(ComplexOutputType type, InterfaceType iface, List<SchemaValidationError> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                errors.Add(new(type.Name, ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}."));
            }
        }
    }

    /// <summary>
    /// IsValidImplementation steps 2.1–2.6 (spec 3.6): every interface field present, covariant return type,
    /// same arguments with invariant types, extra arguments optional, and a deprecated field only where the
    /// interface field is deprecated too.
    /// </summary>
    private static void ValidateTypeImplementsInterface(ComplexOutputType type, InterfaceType iface, List<SchemaValidationError> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var coordinate = type.Name + "." + fieldName;
            var typeField = type.FindField(fieldName);
            if (typeField is null)
            {
                errors.Add(new(type.Name, $"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it."));
                continue;
            }

            if (!IsValidImplementationFieldType(typeField.Type, ifaceField.Type))
            {
                errors.Add(new(coordinate,
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {coordinate} is type {typeField.Type}."));
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.FindArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    errors.Add(new(coordinate,
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {coordinate} does not provide it."));
                    continue;
                }

                if (!ifaceArg.Type.IsEqualType(typeArg.Type))
                {
                    errors.Add(new($"{coordinate}({ifaceArg.Name}:)",
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {coordinate}({ifaceArg.Name}:) is type {typeArg.Type}."));
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (ifaceField.FindArgument(typeArg.Name) is null && typeArg.IsRequired)
                {
                    errors.Add(new($"{coordinate}({typeArg.Name}:)",
                        $"Object field {coordinate} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}."));
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                errors.Add(new(coordinate,
                    $"Interface field {iface.Name}.{fieldName} is not deprecated, so implementation field {coordinate} must not be deprecated."));
            }
        }
    }

    /// <summary>IsValidImplementationFieldType (spec 3.6): covariant return types.</summary>
    private static bool IsValidImplementationFieldType(GraphQLType fieldType, GraphQLType implementedFieldType)
    {
        if (fieldType is NonNullType nonNull)
        {
            return IsValidImplementationFieldType(nonNull.OfType, implementedFieldType.GetNullableType());
        }

        if (fieldType is ListType list && implementedFieldType is ListType implementedList)
        {
            return IsValidImplementationFieldType(list.OfType, implementedList.OfType);
        }

        return IsSubType(fieldType, implementedFieldType);
    }

    /// <summary>IsSubType (spec 3.6).</summary>
    private static bool IsSubType(GraphQLType possibleSubType, GraphQLType superType) =>
        ReferenceEquals(possibleSubType, superType)
        || (possibleSubType is ObjectType obj && superType is UnionType union && union.Types.Contains(obj))
        || (possibleSubType is ComplexOutputType complex && superType is InterfaceType iface && complex.Interfaces.Contains(iface));
}
