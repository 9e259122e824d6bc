using System.Runtime.CompilerServices;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;
using IBok.GraphQL.Utilities;

namespace IBok.GraphQL.Execution;

/// <summary>
/// Spec 6.1.2 CoerceVariableValues with graphql-js's messages (<c>getVariableValues</c>): every variable
/// definition of the operation against the raw values; input coercion itself is
/// <see cref="InputValueCoercion"/>. At most <see cref="MaxErrors"/> errors are reported.
/// </summary>
public static class VariableValues
{
    /// <summary>The number of variable errors after which coercion stops (graphql-js's execute uses 50).</summary>
    public const int MaxErrors = 50;

    /// <summary>The coerced variables, or the request errors that prevent execution.</summary>
    public static (IReadOnlyDictionary<string, object?> Coerced, IReadOnlyList<GraphQLError> Errors) CoerceVariableValues(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        inputs ??= new Dictionary<string, object?>();
        var errors = new List<GraphQLError>();
        var coercedValues = new Dictionary<string, object?>(StringComparer.Ordinal);
        var definitions = operation.VariableDefinitions;
        var types = VariableTypes(schema, operation);
        try
        {
            for (var index = 0; index < definitions.Count; index++)
            {
                CoerceVariable(types[index], definitions[index], inputs, coercedValues, errors);
            }
        }
        catch (TooManyErrorsException)
        {
            errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        return (coercedValues, errors);
    }

    /// <summary>
    /// The types of <paramref name="operation"/>'s variable definitions in <paramref name="schema"/>, in order
    /// (null: unknown type), resolved once per operation and schema instead of for every request.
    /// </summary>
    private static GraphQLType?[] VariableTypes(GraphQLSchema schema, OperationDefinitionNode operation)
    {
        if (ResolvedTypes.TryGetValue(operation, out var resolved) && ReferenceEquals(resolved.Schema, schema))
        {
            return resolved.Types;
        }

        var types = operation.VariableDefinitions.Select(definition => TypeFromAst.Resolve(schema, definition.Type)).ToArray();
        ResolvedTypes.AddOrUpdate(operation, new ResolvedVariableTypes(schema, types));
        return types;
    }

    private static readonly ConditionalWeakTable<OperationDefinitionNode, ResolvedVariableTypes> ResolvedTypes = [];

    private sealed record ResolvedVariableTypes(GraphQLSchema Schema, GraphQLType?[] Types);

    private static void CoerceVariable(
        GraphQLType? type,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coercedValues,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        if (type is null || !type.IsInputType())
        {
            Report(errors, new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                GraphQLError.LocationsOf([definition.Type])));
            return;
        }

        if (!inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                if (ValueFromAst.TryGetValue(definition.DefaultValue, type, null, out var defaultValue))
                {
                    coercedValues[name] = defaultValue;
                }
            }
            else if (type is NonNullType)
            {
                Report(errors, new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", GraphQLError.LocationsOf([definition])));
            }

            return;
        }

        if (value is null && type is NonNullType)
        {
            Report(errors, new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", GraphQLError.LocationsOf([definition])));
            return;
        }

        if (value is not null && TryParseLeaf(type, value, out var parsed))
        {
            coercedValues[name] = parsed;
            return;
        }

        var result = InputValueCoercion.Coerce(value, type);
        foreach (var error in result.Errors)
        {
            var prefix = $"Variable \"${name}\" got invalid value {ValueInspector.Inspect(error.InvalidValue)}";
            if (error.Path.Count > 0)
            {
                prefix += $" at \"{name}{error.PrintedPath}\"";
            }

            Report(errors, new GraphQLError(prefix + "; " + error.Message, GraphQLError.LocationsOf([definition])));
        }

        if (result.IsValid)
        {
            coercedValues[name] = result.Value;
        }
    }

    /// <summary>
    /// <see cref="InputValueCoercion.Coerce(object?, GraphQLType)"/>'s outcome for a non-null value of a scalar
    /// or enum type (or one of them non-null) when parsing succeeds: the type's <c>ParseValue</c> result, without
    /// the coercion's error bookkeeping. A failure is left to <see cref="InputValueCoercion"/>, which parses
    /// again and reports it with its messages.
    /// </summary>
    private static bool TryParseLeaf(GraphQLType type, object value, out object? parsed)
    {
        var leafType = type is NonNullType nonNull ? nonNull.OfType : type;
        try
        {
            switch (leafType)
            {
                case ScalarType scalar:
                    parsed = scalar.ParseValue(value);
                    return true;
                case EnumType enumType:
                    parsed = enumType.ParseValue(value);
                    return true;
            }
        }
        catch (Exception)
        {
            // Reported by the full coercion.
        }

        parsed = null;
        return false;
    }

    private static void Report(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count >= MaxErrors)
        {
            throw new TooManyErrorsException();
        }

        errors.Add(error);
    }

    private sealed class TooManyErrorsException : Exception;
}
