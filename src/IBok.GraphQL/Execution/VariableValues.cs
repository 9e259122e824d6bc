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
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                CoerceVariable(schema, definition, inputs, coercedValues, errors);
            }
        }
        catch (TooManyErrorsException)
        {
            errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        return (coercedValues, errors);
    }

    private static void CoerceVariable(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?> inputs,
        Dictionary<string, object?> coercedValues,
        List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Resolve(schema, definition.Type);
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
