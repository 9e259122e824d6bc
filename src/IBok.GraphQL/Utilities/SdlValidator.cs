using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Utilities;

/// <summary>
/// The basic SDL rules of graphql-js's <c>assertValidSDL</c>, with its messages: LoneSchemaDefinition,
/// UniqueOperationTypes, UniqueTypeNames, UniqueFieldDefinitionNames, UniqueEnumValueNames,
/// UniqueArgumentDefinitionNames, UniqueDirectiveNames, KnownTypeNames, KnownDirectives,
/// UniqueDirectivesPerLocation and PossibleTypeExtensions. Errors are listed rule by rule, each in document order.
/// </summary>
internal static class SdlValidator
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", .. Introspection.Types.Select(t => t.Name)];

    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        var errors = new List<GraphQLError>();
        var definitions = document.Definitions;
        var typeDefinitions = definitions.OfType<TypeDefinitionNode>().ToArray();
        var directiveDefinitions = definitions.OfType<DirectiveDefinitionNode>().ToArray();

        // LoneSchemaDefinition and UniqueOperationTypes.
        var schemaDefinitions = definitions.OfType<SchemaDefinitionNode>().ToArray();
        foreach (var extra in schemaDefinitions.Skip(1))
        {
            errors.Add(Error("Must provide only one schema definition.", extra));
        }

        var operationTypes = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        foreach (var operationType in definitions.SelectMany(d => d switch
                 {
                     SchemaDefinitionNode schema => schema.OperationTypes,
                     SchemaExtensionNode extension => extension.OperationTypes,
                     _ => [],
                 }))
        {
            if (!operationTypes.TryAdd(operationType.Operation, operationType))
            {
                errors.Add(Error(
                    $"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.",
                    operationTypes[operationType.Operation],
                    operationType));
            }
        }

        // UniqueTypeNames and UniqueDirectiveNames.
        var typesByName = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        foreach (var type in typeDefinitions)
        {
            if (!typesByName.TryAdd(type.Name.Value, type))
            {
                errors.Add(Error($"There can be only one type named \"{type.Name.Value}\".", typesByName[type.Name.Value].Name, type.Name));
            }
        }

        var directivesByName = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
        foreach (var directive in directiveDefinitions)
        {
            var name = directive.Name.Value;
            if (DirectiveDefinition.SpecifiedDirectives.Any(d => d.Name == name))
            {
                errors.Add(Error($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", directive.Name));
            }
            else if (!directivesByName.TryAdd(name, directive))
            {
                errors.Add(Error($"There can be only one directive named \"@{name}\".", directivesByName[name].Name, directive.Name));
            }
        }

        // UniqueFieldDefinitionNames, UniqueEnumValueNames, UniqueArgumentDefinitionNames (over definitions and extensions).
        var fieldNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var (typeName, fields, values) = Members(definition);
            foreach (var (fieldName, arguments) in fields)
            {
                if (!fieldNames.TryAdd(typeName + "." + fieldName.Value, fieldName))
                {
                    errors.Add(Error($"Field \"{typeName}.{fieldName.Value}\" can only be defined once.", fieldNames[typeName + "." + fieldName.Value], fieldName));
                }

                CheckUniqueArguments(errors, $"{typeName}.{fieldName.Value}", arguments);
            }

            foreach (var value in values)
            {
                if (!fieldNames.TryAdd(typeName + "." + value.Value, value))
                {
                    errors.Add(Error($"Enum value \"{typeName}.{value.Value}\" can only be defined once.", fieldNames[typeName + "." + value.Value], value));
                }
            }
        }

        foreach (var directive in directiveDefinitions)
        {
            CheckUniqueArguments(errors, "@" + directive.Name.Value, directive.Arguments);
        }

        // KnownTypeNames.
        var knownTypeNames = typesByName.Keys.ToHashSet(StringComparer.Ordinal);
        var suggestionCandidates = StandardTypeNames.Concat(typesByName.Keys).ToArray();
        foreach (var named in TypeReferences(definitions))
        {
            var name = named.Name.Value;
            if (!knownTypeNames.Contains(name) && !StandardTypeNames.Contains(name))
            {
                errors.Add(Error($"Unknown type \"{name}\"." + SuggestionList.DidYouMean(SuggestionList.For(name, suggestionCandidates)), named));
            }
        }

        // KnownDirectives and UniqueDirectivesPerLocation.
        foreach (var (directives, location) in DirectiveUses(definitions))
        {
            var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            foreach (var use in directives)
            {
                var name = use.Name.Value;
                var specified = DirectiveDefinition.SpecifiedDirectives.FirstOrDefault(d => d.Name == name);
                IReadOnlyList<DirectiveLocation>? locations = specified?.Locations
                    ?? (directivesByName.TryGetValue(name, out var defined) ? defined.Locations.Select(l => ParseLocation(l.Value)).ToArray() : null);
                var repeatable = specified?.IsRepeatable ?? (directivesByName.TryGetValue(name, out var def) && def.Repeatable);
                if (locations is null)
                {
                    errors.Add(Error($"Unknown directive \"@{name}\".", use));
                    continue;
                }

                if (!locations.Contains(location))
                {
                    errors.Add(Error($"Directive \"@{name}\" may not be used on {LocationName(location)}.", use));
                }

                if (!repeatable && !seen.TryAdd(name, use))
                {
                    errors.Add(Error($"The directive \"@{name}\" can only be used once at this location.", seen[name], use));
                }
            }
        }

        // PossibleTypeExtensions.
        foreach (var extension in definitions.OfType<TypeExtensionNode>())
        {
            var name = extension.Name.Value;
            if (!typesByName.TryGetValue(name, out var definition))
            {
                if (StandardTypeNames.Contains(name))
                {
                    continue;
                }

                errors.Add(Error(
                    $"Cannot extend type \"{name}\" because it is not defined." + SuggestionList.DidYouMean(SuggestionList.For(name, typesByName.Keys)),
                    extension.Name));
            }
            else if (KindName(definition) != KindName(extension))
            {
                errors.Add(Error($"Cannot extend non-{KindName(extension)} type \"{name}\".", definition, extension));
            }
        }

        return errors;
    }

    private static void CheckUniqueArguments(List<GraphQLError> errors, string parent, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!seen.TryAdd(argument.Name.Value, argument.Name))
            {
                errors.Add(Error($"Argument \"{parent}({argument.Name.Value}:)\" can only be defined once.", seen[argument.Name.Value], argument.Name));
            }
        }
    }

    private static (string TypeName, IEnumerable<(NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments)> Fields, IEnumerable<NameNode> Values) Members(DefinitionNode definition) =>
        definition switch
        {
            ObjectTypeDefinitionNode o => (o.Name.Value, o.Fields.Select(f => (f.Name, f.Arguments)), []),
            InterfaceTypeDefinitionNode i => (i.Name.Value, i.Fields.Select(f => (f.Name, f.Arguments)), []),
            InputObjectTypeDefinitionNode n => (n.Name.Value, n.Fields.Select(f => (f.Name, (IReadOnlyList<InputValueDefinitionNode>)[])), []),
            EnumTypeDefinitionNode e => (e.Name.Value, [], e.Values.Select(v => v.Name)),
            ObjectTypeExtensionNode o => (o.Name.Value, o.Fields.Select(f => (f.Name, f.Arguments)), []),
            InterfaceTypeExtensionNode i => (i.Name.Value, i.Fields.Select(f => (f.Name, f.Arguments)), []),
            InputObjectTypeExtensionNode n => (n.Name.Value, n.Fields.Select(f => (f.Name, (IReadOnlyList<InputValueDefinitionNode>)[])), []),
            EnumTypeExtensionNode e => (e.Name.Value, [], e.Values.Select(v => v.Name)),
            _ => (string.Empty, [], []),
        };

    private static IEnumerable<NamedTypeNode> TypeReferences(IEnumerable<DefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            var (interfaces, fields, inputs, members, operationTypes) = definition switch
            {
                SchemaDefinitionNode s => ([], [], [], [], s.OperationTypes),
                SchemaExtensionNode s => ([], [], [], [], s.OperationTypes),
                ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields, [], [], []),
                ObjectTypeExtensionNode o => (o.Interfaces, o.Fields, [], [], []),
                InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields, [], [], []),
                InterfaceTypeExtensionNode i => (i.Interfaces, i.Fields, [], [], []),
                UnionTypeDefinitionNode u => ([], [], [], u.Types, []),
                UnionTypeExtensionNode u => ([], [], [], u.Types, []),
                InputObjectTypeDefinitionNode n => ([], [], n.Fields, [], []),
                InputObjectTypeExtensionNode n => ([], [], n.Fields, [], []),
                DirectiveDefinitionNode d => ([], [], d.Arguments, [], []),
                _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[], (IReadOnlyList<InputValueDefinitionNode>)[],
                    (IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<OperationTypeDefinitionNode>)[]),
            };
            foreach (var operationType in operationTypes)
            {
                yield return operationType.Type;
            }

            foreach (var named in interfaces.Concat(members))
            {
                yield return named;
            }

            foreach (var field in fields)
            {
                foreach (var argument in field.Arguments)
                {
                    yield return NamedTypeOf(argument.Type);
                }

                yield return NamedTypeOf(field.Type);
            }

            foreach (var input in inputs)
            {
                yield return NamedTypeOf(input.Type);
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<DirectiveNode> Directives, DirectiveLocation Location)> DirectiveUses(IEnumerable<DefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    yield return (schema.Directives, DirectiveLocation.Schema);
                    break;
                case SchemaExtensionNode schema:
                    yield return (schema.Directives, DirectiveLocation.Schema);
                    break;
                case DirectiveDefinitionNode directive:
                    foreach (var argument in directive.Arguments)
                    {
                        yield return (argument.Directives, DirectiveLocation.ArgumentDefinition);
                    }

                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                    var (directives, location, fields, inputFields, values) = definition switch
                    {
                        ScalarTypeDefinitionNode s => (s.Directives, DirectiveLocation.Scalar, [], [], []),
                        ScalarTypeExtensionNode s => (s.Directives, DirectiveLocation.Scalar, [], [], []),
                        ObjectTypeDefinitionNode o => (o.Directives, DirectiveLocation.Object, o.Fields, [], []),
                        ObjectTypeExtensionNode o => (o.Directives, DirectiveLocation.Object, o.Fields, [], []),
                        InterfaceTypeDefinitionNode i => (i.Directives, DirectiveLocation.Interface, i.Fields, [], []),
                        InterfaceTypeExtensionNode i => (i.Directives, DirectiveLocation.Interface, i.Fields, [], []),
                        UnionTypeDefinitionNode u => (u.Directives, DirectiveLocation.Union, [], [], []),
                        UnionTypeExtensionNode u => (u.Directives, DirectiveLocation.Union, [], [], []),
                        EnumTypeDefinitionNode e => (e.Directives, DirectiveLocation.Enum, [], [], e.Values),
                        EnumTypeExtensionNode e => (e.Directives, DirectiveLocation.Enum, [], [], e.Values),
                        InputObjectTypeDefinitionNode n => (n.Directives, DirectiveLocation.InputObject, [], n.Fields, []),
                        InputObjectTypeExtensionNode n => (n.Directives, DirectiveLocation.InputObject, [], n.Fields, []),
                        _ => ((IReadOnlyList<DirectiveNode>)[], DirectiveLocation.Scalar, (IReadOnlyList<FieldDefinitionNode>)[],
                            (IReadOnlyList<InputValueDefinitionNode>)[], (IReadOnlyList<EnumValueDefinitionNode>)[]),
                    };
                    yield return (directives, location);
                    foreach (var field in fields)
                    {
                        yield return (field.Directives, DirectiveLocation.FieldDefinition);
                        foreach (var argument in field.Arguments)
                        {
                            yield return (argument.Directives, DirectiveLocation.ArgumentDefinition);
                        }
                    }

                    foreach (var inputField in inputFields)
                    {
                        yield return (inputField.Directives, DirectiveLocation.InputFieldDefinition);
                    }

                    foreach (var value in values)
                    {
                        yield return (value.Directives, DirectiveLocation.EnumValue);
                    }

                    break;
            }
        }
    }

    internal static DirectiveLocation ParseLocation(string name) =>
        Enum.Parse<DirectiveLocation>(name.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    private static string LocationName(DirectiveLocation location) =>
        Introspection.DirectiveLocationType.Values.First(v => Equals(v.Value, location)).Name;

    private static string KindName(DefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "scalar",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "object",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "interface",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "union",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private static NamedTypeNode NamedTypeOf(TypeNode type) => type switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => NamedTypeOf(list.Type),
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        _ => throw new InvalidOperationException("Unexpected type node: " + type.Kind),
    };

    private static GraphQLError Error(string message, params SyntaxNode[] nodes) => new(message, GraphQLError.LocationsOf(nodes));
}
