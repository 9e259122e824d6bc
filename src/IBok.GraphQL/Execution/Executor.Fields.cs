using System.Collections;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

// Spec 6.3 Executing Selection Sets and 6.4 Executing Fields.
public static partial class Executor
{
    /// <summary>
    /// ExecuteSelectionSet (spec 6.3) on already collected fields, in normal (concurrent) order: every field
    /// is started, then the pending
    /// ones are awaited. A field failing synchronously with a propagated null (non-null field) stops the
    /// remaining siblings, which graphql-js never starts either.
    /// </summary>
    /// <remarks>
    /// Hot path: this and the methods it calls are not <c>async</c>; they complete synchronously while every
    /// resolver does, and hand over to an <c>async</c> continuation at the first pending value, so in-memory
    /// data costs no state machines. Like an <c>async</c> method, none of them throws: failures are faulted
    /// <see cref="ValueTask{TResult}"/>s. Their awaits resume on the captured context on purpose
    /// (<c>ConfigureAwait(true)</c>): under an <see cref="ExecutionWorkQueue"/> that keeps the execution's work
    /// on its loop, so loads are dispatched when it runs out; otherwise the execution starts without a context.
    /// </remarks>
    private static ValueTask<object?> ExecuteSelectionSet(
        ExecutionContext context,
        ObjectType objectType,
        object? source,
        PendingPath path,
        SelectionPlan plan)
    {
        try
        {
            return ExecuteSelectionSetFields(context, source, path, plan);
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<object?>(exception);
        }
    }

    /// <summary>
    /// The loop of <see cref="ExecuteSelectionSet"/>, apart from its exception handler so that the loop's
    /// locals stay in registers. Nothing in it throws for a field: a leaf's failed read becomes that field's
    /// error (<see cref="TryReadLeafDirectly"/>).
    /// </summary>
    private static ValueTask<object?> ExecuteSelectionSetFields(
        ExecutionContext context,
        object? source,
        PendingPath path,
        SelectionPlan plan)
    {
        // The object's own path node, made for the first field that needs it as a parent.
        ResponsePath? objectPath = null;
        var objectPathMade = false;
        var fields = plan.Fields;
        var results = ResponseMap.Create(plan);
        var values = results.Values;
        List<(int Index, ValueTask<object?> Completion)>? pending = null;
        var cancelled = context.CancellationToken.IsCancellationRequested;

        // JSON-shaped data: the default resolver's dictionary read, done here without a call per leaf.
        var dictionary = source as Dictionary<string, object?>;
        for (var index = 0; index < fields.Length; index++)
        {
            var fieldPlan = fields[index];
            ValueTask<object?> completion;
            if (fieldPlan.DirectLeafType is { } leafType && !cancelled)
            {
                // The bulk of a response: leaf fields read without resolver, inline.
                bool wasRead;
                object? value;
                if (dictionary is not null && fieldPlan.IsDefaultResolvedWithoutArguments)
                {
                    // DefaultFieldResolver.ReadMember's dictionary case: an absent key reads as null.
                    dictionary.TryGetValue(fieldPlan.MemberName, out value);
                    wasRead = true;
                }
                else
                {
                    wasRead = TryReadLeafDirectly(fieldPlan, source, out value);
                }

                if (wasRead && fieldPlan.TryCompleteLeafInline(value, out var completed))
                {
                    values[index] = completed;
                    continue;
                }

                if (wasRead)
                {
                    completion = CompleteDirectLeafField(context, fieldPlan, leafType, path, value);
                }
                else
                {
                    completion = ExecuteField(context, fieldPlan, source, ObjectPath(ref objectPath, ref objectPathMade, path));
                }
            }
            else
            {
                completion = ExecuteField(context, fieldPlan, source, ObjectPath(ref objectPath, ref objectPathMade, path));
            }

            if (completion.IsCompletedSuccessfully)
            {
                values[index] = completion.Result;
            }
            else if (completion.IsCompleted)
            {
                return pending is null
                    ? ValueTask.FromException<object?>(FailureOf(completion))
                    : FailAfterPendingAsync<int, object?>(pending, completion);
            }
            else
            {
                (pending ??= []).Add((index, completion)); // the key keeps its place in document order
            }
        }

        return pending is null
            ? new ValueTask<object?>(results)
            : FinishSelectionSetAsync(results, pending);
    }

    /// <summary>
    /// <see cref="FieldPlan.TryReadDirectly"/> for a leaf; a thrown exception is read as the value, so it is
    /// completed like a returned one (both become this field's error).
    /// </summary>
    private static bool TryReadLeafDirectly(FieldPlan fieldPlan, object? source, out object? value)
    {
        try
        {
            return fieldPlan.TryReadDirectly(source, out value);
        }
        catch (Exception exception)
        {
            value = exception;
            return true;
        }
    }

    private static ResponsePath? ObjectPath(ref ResponsePath? objectPath, ref bool made, PendingPath path)
    {
        if (!made)
        {
            objectPath = path.Materialize();
            made = true;
        }

        return objectPath;
    }

    private static async ValueTask<object?> FinishSelectionSetAsync(
        ResponseMap results,
        List<(int Index, ValueTask<object?> Completion)> pending)
    {
        ExceptionDispatchInfo? firstFailure = null;
        foreach (var (index, completion) in pending)
        {
            try
            {
                var value = await completion.ConfigureAwait(true);
                results.Values[index] = value;
            }
            catch (Exception exception)
            {
                firstFailure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        firstFailure?.Throw();
        return results;
    }

    /// <summary>Lets the pending siblings finish, then fails with <paramref name="failed"/>'s exception.</summary>
    private static async ValueTask<TResult> FailAfterPendingAsync<TKey, TResult>(List<(TKey, ValueTask<object?>)> pending, ValueTask<object?> failed)
    {
        await AwaitAllIgnoringErrors(pending).ConfigureAwait(true);
        failed.GetAwaiter().GetResult();
        throw new UnreachableException("A failed completion completed.");
    }

    private static Exception FailureOf(ValueTask<object?> failed)
    {
        try
        {
            failed.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            return exception;
        }

        throw new UnreachableException("A failed completion completed.");
    }

    /// <summary>ExecuteSelectionSet in serial order (spec 6.3.1 "Serial execution"), for a mutation's root fields.</summary>
    private static async ValueTask<object?> ExecuteSelectionSetSerially(
        ExecutionContext context,
        ObjectType objectType,
        object? source,
        ResponsePath? path,
        SelectionPlan plan)
    {
        var results = ResponseMap.Create(plan);
        for (var index = 0; index < plan.Keys.Length; index++)
        {
            var value = await ExecuteField(context, plan.Fields[index], source, path).ConfigureAwait(true);
            results.Values[index] = value;
        }

        return results;
    }

    /// <summary>
    /// ExecuteField (spec 6.4): CoerceArgumentValues, ResolveFieldValue, CompleteValue; a field error is
    /// handled here (spec 6.4.4 Handling Execution Errors). A field read directly (default-resolved without
    /// arguments, or a compiled property read: <see cref="FieldPlan.TryReadDirectly"/>) needs no argument
    /// coercion and no resolve context.
    /// </summary>
    private static ValueTask<object?> ExecuteField(ExecutionContext context, FieldPlan fieldPlan, object? source, ResponsePath? parentPath)
    {
        var field = fieldPlan.Field;
        ResponsePath? path = null;
        try
        {
            try
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!fieldPlan.TryReadDirectly(source, out var resolvedValue))
                {
                    var arguments = fieldPlan.CoerceArguments(context.VariableValues);
                    path = new ResponsePath(parentPath, fieldPlan.ResponseKey, trusted: true);
                    var resolveContext = new ResolveFieldContext(context, fieldPlan.ParentType, field, fieldPlan.FieldNodes, source, arguments, path);
                    var resolved = ResolveFieldValue(field, resolveContext);
                    if (!resolved.IsCompletedSuccessfully)
                    {
                        return ExecuteFieldAsync(context, fieldPlan, path, resolved);
                    }

                    resolvedValue = resolved.Result;
                }

                var completion = path is null
                    ? CompleteValue(context, field.Type, fieldPlan, new PendingPath(parentPath, fieldPlan.ResponseKey), resolvedValue)
                    : CompleteValue(context, field.Type, fieldPlan, new PendingPath(path, null), resolvedValue);
                return completion.IsCompletedSuccessfully
                    ? completion
                    : AwaitFieldAsync(context, field.Type, fieldPlan.FieldNodes, path ?? new ResponsePath(parentPath, fieldPlan.ResponseKey, trusted: true), completion);
            }
            catch (Exception exception) when (!IsCancellation(context, exception))
            {
                path ??= new ResponsePath(parentPath, fieldPlan.ResponseKey, trusted: true);
                return new ValueTask<object?>(HandleFieldError(context, LocateError(exception, fieldPlan.FieldNodes, path), field.Type));
            }
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<object?>(exception);
        }
    }

    /// <summary>
    /// The rest of ExecuteField for a leaf field read directly (<see cref="FieldPlan.DirectLeafType"/>) whose
    /// value is not one the leaf passes through: the leaf's result coercion, with no response path (made only
    /// for a null or an error, whose handling needs it).
    /// </summary>
    private static ValueTask<object?> CompleteDirectLeafField(
        ExecutionContext context,
        FieldPlan fieldPlan,
        NamedType leafType,
        PendingPath objectPath,
        object? value)
    {
        var field = fieldPlan.Field;
        ResponsePath? path = null;
        try
        {
            try
            {
                if (value is not (null or Exception))
                {
                    return new ValueTask<object?>(CompleteLeafValue(leafType, value));
                }

                // Null or an error: completed as ExecuteField completes any resolved value.
                path = new ResponsePath(objectPath.Materialize(), fieldPlan.ResponseKey, trusted: true);
                var completion = CompleteValue(context, field.Type, fieldPlan, new PendingPath(path, null), value);
                return completion.IsCompletedSuccessfully ? completion : AwaitFieldAsync(context, field.Type, fieldPlan.FieldNodes, path, completion);
            }
            catch (Exception exception) when (!IsCancellation(context, exception))
            {
                path ??= new ResponsePath(objectPath.Materialize(), fieldPlan.ResponseKey, trusted: true);
                return new ValueTask<object?>(HandleFieldError(context, LocateError(exception, fieldPlan.FieldNodes, path), field.Type));
            }
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<object?>(exception);
        }
    }

    private static async ValueTask<object?> ExecuteFieldAsync(
        ExecutionContext context,
        FieldPlan fieldPlan,
        ResponsePath path,
        ValueTask<object?> resolving)
    {
        try
        {
            var resolvedValue = await resolving.ConfigureAwait(true);
            return await CompleteValue(context, fieldPlan.Field.Type, fieldPlan, new PendingPath(path, null), resolvedValue).ConfigureAwait(true);
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            return HandleFieldError(context, LocateError(exception, fieldPlan.FieldNodes, path), fieldPlan.Field.Type);
        }
    }

    /// <summary>Awaits a field's or list item's pending completion, handling its error (spec 6.4.4).</summary>
    private static async ValueTask<object?> AwaitFieldAsync(
        ExecutionContext context,
        GraphQLType type,
        IReadOnlyList<FieldNode> fieldNodes,
        ResponsePath path,
        ValueTask<object?> completion)
    {
        try
        {
            return await completion.ConfigureAwait(true);
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            return HandleFieldError(context, LocateError(exception, fieldNodes, path), type);
        }
    }

    /// <summary>ResolveFieldValue (spec 6.4.2): the field's resolver, or <see cref="DefaultFieldResolver"/>.</summary>
    private static ValueTask<object?> ResolveFieldValue(FieldDefinition field, ResolveFieldContext resolveContext) =>
        (field.Resolver ?? DefaultFieldResolver.Instance)(resolveContext);

    /// <summary>
    /// CompleteValue (spec 6.4.3), one dispatch ladder: non-null, null, list, leaf, abstract, object.
    /// </summary>
    private static ValueTask<object?> CompleteValue(
        ExecutionContext context,
        GraphQLType returnType,
        FieldPlan info,
        PendingPath path,
        object? result)
    {
        try
        {
            if (result is Exception returnedError)
            {
                ExceptionDispatchInfo.Throw(returnedError);
            }

            if (returnType is NonNullType { OfType: ObjectType nonNullObject } && result is not null)
            {
                // The ladder's outcome for a non-null object type and a value (never a null map), one step shorter.
                return CompleteObjectValue(context, nonNullObject, info, path, result);
            }

            if (returnType is NonNullType { OfType: ListType nonNullList } && result is not null)
            {
                // A completed list is never null (an array, or a failure): no null check to wait for.
                return CompleteListValue(context, nonNullList, info, path, result);
            }

            if (returnType is NonNullType nonNull)
            {
                var completion = CompleteValue(context, nonNull.OfType, info, path, result);
                if (!completion.IsCompletedSuccessfully)
                {
                    return CompleteNonNullAsync(info, completion);
                }

                return completion.Result is null ? ValueTask.FromException<object?>(NonNullError(info)) : completion;
            }

            if (result is null)
            {
                return new ValueTask<object?>((object?)null);
            }

            return returnType switch
            {
                ScalarType or EnumType => new ValueTask<object?>(CompleteLeafValue((NamedType)returnType, result)),
                ListType list => CompleteListValue(context, list, info, path, result),
                ObjectType objectType => CompleteObjectValue(context, objectType, info, path, result),
                InterfaceType or UnionType => CompleteObjectValue(context, ResolveAbstractType(context, (NamedType)returnType, info, result), info, path, result),
                _ => throw new UnreachableException("Cannot complete value of unexpected output type: " + returnType),
            };
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<object?>(exception);
        }
    }

    private static async ValueTask<object?> CompleteNonNullAsync(FieldPlan info, ValueTask<object?> completion) =>
        await completion.ConfigureAwait(true) ?? throw NonNullError(info);

    private static GraphQLException NonNullError(FieldPlan info) =>
        new($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.Field.Name}.");

    private static ValueTask<object?> CompleteListValue(ExecutionContext context, ListType listType, FieldPlan info, PendingPath path, object result)
    {
        if (result is not IEnumerable items || result is string || result is IReadOnlyDictionary<string, object?> || result is IDictionary)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.Field.Name}\".");
        }

        var itemType = listType.OfType;
        List<(int Index, ValueTask<object?> Completion)>? pending = null;
        if (items is IList list)
        {
            // Arrays and lists: index, no enumerator, and the result array is filled in place; arrays of
            // references (JSON-shaped data) without the interface call per item.
            var referenceArray = items as object?[];
            var completedItems = new object?[referenceArray?.Length ?? list.Count];
            var listPath = completedItems.Length > 0 ? path.Materialize() : null;
            for (var index = 0; index < completedItems.Length; index++)
            {
                var item = referenceArray is not null ? referenceArray[index] : list[index];
                var completion = CompleteListItem(context, itemType, info, new PendingPath(listPath, ResponsePath.BoxIndex(index)), item);
                if (completion.IsCompletedSuccessfully)
                {
                    completedItems[index] = completion.Result;
                }
                else if (completion.IsCompleted)
                {
                    return pending is null ? completion : FailAfterPendingAsync<int, object?>(pending, completion);
                }
                else
                {
                    (pending ??= []).Add((index, completion));
                }
            }

            return pending is null ? new ValueTask<object?>(completedItems) : FinishListAsync(completedItems, pending);
        }

        var enumerated = new List<object?>(items is ICollection collection ? collection.Count : 4);
        var itemIndex = 0;
        var enumeratedListPath = path.Materialize();
        foreach (var item in items)
        {
            var completion = CompleteListItem(context, itemType, info, new PendingPath(enumeratedListPath, ResponsePath.BoxIndex(itemIndex)), item);
            if (completion.IsCompletedSuccessfully)
            {
                enumerated.Add(completion.Result);
            }
            else if (completion.IsCompleted)
            {
                return pending is null ? completion : FailAfterPendingAsync<int, object?>(pending, completion);
            }
            else
            {
                enumerated.Add(null);
                (pending ??= []).Add((itemIndex, completion));
            }

            itemIndex++;
        }

        var array = enumerated.ToArray();
        return pending is null ? new ValueTask<object?>(array) : FinishListAsync(array, pending);
    }

    private static async ValueTask<object?> FinishListAsync(object?[] completedItems, List<(int Index, ValueTask<object?> Completion)> pending)
    {
        ExceptionDispatchInfo? firstFailure = null;
        foreach (var (itemIndex, completion) in pending)
        {
            try
            {
                completedItems[itemIndex] = await completion.ConfigureAwait(true);
            }
            catch (Exception exception)
            {
                firstFailure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        firstFailure?.Throw();
        return completedItems;
    }

    private static ValueTask<object?> CompleteListItem(ExecutionContext context, GraphQLType itemType, FieldPlan info, PendingPath itemPath, object? item)
    {
        var completion = CompleteValue(context, itemType, info, itemPath, item);
        return completion.IsCompletedSuccessfully ? completion : AwaitFieldAsync(context, itemType, info.FieldNodes, itemPath.Materialize()!, completion);
    }

    /// <summary>Result coercion of a scalar or enum value (spec 3.5 and 3.9 "Result Coercion").</summary>
    private static object CompleteLeafValue(NamedType leafType, object result)
    {
        // Values the specified scalars serialize to themselves skip the coercion call (and a new box).
        if ((result is string && (ReferenceEquals(leafType, ScalarType.String) || ReferenceEquals(leafType, ScalarType.ID)))
            || (result is bool && ReferenceEquals(leafType, ScalarType.Boolean))
            || (result is int && ReferenceEquals(leafType, ScalarType.Int))
            || (result is double number && double.IsFinite(number) && ReferenceEquals(leafType, ScalarType.Float)))
        {
            return result;
        }

        if (result is long whole && whole is >= int.MinValue and <= int.MaxValue && ReferenceEquals(leafType, ScalarType.Int))
        {
            // JSON-shaped data holds integers as long; Int's serializer would box a new int for each.
            return IntBoxes.Box((int)whole);
        }

        object? serialized = leafType switch
        {
            ScalarType scalar => scalar.Serialize(result),
            EnumType enumType => SerializeEnum(enumType, result),
            _ => throw new UnreachableException("Not a leaf type: " + leafType),
        };
        return serialized ?? throw new GraphQLException(
            $"Expected `{leafType.Name}.serialize({ValueInspector.Inspect(result)})` to return non-nullable value, returned: null");
    }

    /// <summary>
    /// <see cref="EnumType.Serialize"/>'s first match by <see cref="object.Equals(object, object)"/>, scanned over
    /// the values' array without an enumerator; no match is left to <see cref="EnumType.Serialize"/> for its error.
    /// </summary>
    private static string SerializeEnum(EnumType enumType, object result)
    {
        if (enumType.Values is EnumValueDefinition[] values)
        {
            for (var index = 0; index < values.Length; index++)
            {
                if (Equals(values[index].Value, result))
                {
                    return values[index].Name;
                }
            }
        }

        return enumType.Serialize(result);
    }

    /// <summary>
    /// ResolveAbstractType (spec 6.4.3): the interface's or union's <see cref="TypeResolver"/>; otherwise a
    /// <c>__typename</c> entry or property of the value; otherwise the first possible type whose
    /// <see cref="ObjectType.IsTypeOf"/> accepts the value. The result must be a possible type.
    /// </summary>
    private static ObjectType ResolveAbstractType(ExecutionContext context, NamedType abstractType, FieldPlan info, object result)
    {
        var typeResolver = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => throw new UnreachableException("Not an abstract type: " + abstractType),
        };
        string? runtimeTypeName;
        if (typeResolver is not null)
        {
            runtimeTypeName = typeResolver(result, context.Schema)?.Name;
        }
        else if (DefaultFieldResolver.ReadMember(result, "__typename") is string typeName)
        {
            runtimeTypeName = typeName;
        }
        else
        {
            runtimeTypeName = context.Schema.GetPossibleTypes(abstractType).FirstOrDefault(type => type.IsTypeOf?.Invoke(result) == true)?.Name;
        }

        if (runtimeTypeName is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.Field.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                info.FieldNodes);
        }

        return context.Schema.GetType(runtimeTypeName) switch
        {
            null => throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.", info.FieldNodes),
            ObjectType runtimeType when context.Schema.IsSubType(abstractType, runtimeType) => runtimeType,
            ObjectType runtimeType => throw new GraphQLException(
                $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", info.FieldNodes),
            _ => throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".", info.FieldNodes),
        };
    }

    private static ValueTask<object?> CompleteObjectValue(ExecutionContext context, ObjectType objectType, FieldPlan info, PendingPath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLException($"Expected value of type \"{objectType.Name}\" but got: {ValueInspector.Inspect(result)}.", info.FieldNodes);
        }

        // The selection set's completion is the object's: its map, never null, so no wrapper either.
        return ExecuteSelectionSet(context, objectType, result, path, info.GetSubfields(context, objectType));
    }

    /// <summary>
    /// Spec 6.4.4 Handling Execution Errors: a nullable position becomes null and the error is recorded; a
    /// non-null position passes the error to its parent field.
    /// </summary>
    private static object? HandleFieldError(ExecutionContext context, GraphQLError error, GraphQLType returnType)
    {
        if (returnType is NonNullType)
        {
            throw new FieldErrorException(error);
        }

        context.AddError(error);
        return null;
    }

    /// <summary>
    /// The error a client sees for <paramref name="exception"/> (graphql-js <c>locatedError</c>): an error
    /// already located deeper keeps its location and path; client-facing exceptions keep their message; any
    /// other becomes "Unexpected error." with code INTERNAL_SERVER_ERROR.
    /// </summary>
    private static GraphQLError LocateError(Exception exception, IReadOnlyList<SyntaxNode> fieldNodes, ResponsePath? path)
    {
        switch (exception)
        {
            case FieldErrorException propagated:
                return propagated.Error;
            case GraphQLException graphQLException:
                return new GraphQLError(
                    graphQLException.Message,
                    GraphQLError.LocationsOf(graphQLException.Nodes ?? fieldNodes),
                    path?.ToList(),
                    graphQLException.BuildExtensions(),
                    graphQLException);
            case ValueCoercionException coercion:
                return new GraphQLError(coercion.Message, GraphQLError.LocationsOf(fieldNodes), path?.ToList(), null, coercion);
            default:
                return new GraphQLError(
                    "Unexpected error.",
                    GraphQLError.LocationsOf(fieldNodes),
                    path?.ToList(),
                    new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError },
                    exception);
        }
    }

    private static bool IsCancellation(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    private static async ValueTask AwaitAllIgnoringErrors<TKey>(List<(TKey, ValueTask<object?>)>? pending)
    {
        if (pending is null)
        {
            return;
        }

        foreach (var (_, completion) in pending)
        {
            try
            {
                await completion.ConfigureAwait(true);
            }
            catch (Exception)
            {
                // The first failure is reported by the caller; the others only need to finish.
            }
        }
    }

    /// <summary>A field error on its way up to the nearest nullable field (spec 6.4.4).</summary>
    private sealed class FieldErrorException(GraphQLError error) : Exception(error.Message)
    {
        public GraphQLError Error { get; } = error;
    }
}
