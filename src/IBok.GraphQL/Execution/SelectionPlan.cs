using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using IBok.GraphQL.Language;
using IBok.GraphQL.Types;

namespace IBok.GraphQL.Execution;

/// <summary>
/// A collected selection set (spec 6.3.2 CollectFields) on one object type, prepared for execution: the
/// response keys in document order with their field definitions looked up once. Fields the type does not
/// define are left out (spec 6.4). Memoized with the subfields, so every item of a list shares one plan.
/// </summary>
internal sealed class SelectionPlan
{
    public SelectionPlan(GraphQLSchema schema, ObjectType objectType, IReadOnlyDictionary<string, List<FieldNode>> groupedFields)
    {
        var keys = new List<string>(groupedFields.Count);
        var fields = new List<FieldPlan>(groupedFields.Count);
        foreach (var (responseKey, fieldNodes) in groupedFields)
        {
            var field = schema.FindField(objectType, fieldNodes[0].Name.Value);
            if (field is not null)
            {
                keys.Add(responseKey);
                fields.Add(new FieldPlan(objectType, field, fieldNodes, responseKey));
            }
        }

        Keys = [.. keys];
        EncodedKeys = [.. keys.Select(key => JsonEncodedText.Encode(key))];
        Fields = [.. fields];
    }

    /// <summary>The response keys, in document order.</summary>
    public string[] Keys { get; }

    /// <summary>
    /// The response keys as JSON property names, encoded once for every response of the plan (names and aliases
    /// are GraphQL names, which no encoder escapes) instead of escaped and transcoded for each object written.
    /// </summary>
    public JsonEncodedText[] EncodedKeys { get; }

    /// <summary>The field of each response key.</summary>
    public FieldPlan[] Fields { get; }
}

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: its field definition and merged field nodes, the decisions
/// that depend only on them (is the field default-resolved, is it a leaf), and the plans of its subfields per
/// runtime type, so completing an object needs no memo lookup. <c>Executor.CompleteValue</c> still decides
/// every value's completion; this only caches what it needs.
/// </summary>
internal sealed class FieldPlan
{
    private readonly bool _argumentsUseVariables;
    private readonly PassThrough _passThrough;
    private readonly EnumResultNames? _enumNames;
    private ChildPlan[] _childPlans = [];
    private CoercedArguments? _lastArguments;

    public FieldPlan(ObjectType parentType, FieldDefinition field, List<FieldNode> fieldNodes, string responseKey)
    {
        ParentType = parentType;
        Field = field;
        FieldNodes = fieldNodes;
        ResponseKey = responseKey;
        IsDefaultResolvedWithoutArguments = field.Resolver is null && field.Arguments.Count == 0;

        MemberName = string.Intern(field.Name);
        MemberReader = field.Arguments.Count == 0 ? FieldMemberReaders.Find(field.Resolver) : null;
        _argumentsUseVariables = fieldNodes[0].Arguments.Any(argument => UsesVariables(argument.Value));
        var type = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
        if ((IsDefaultResolvedWithoutArguments || MemberReader is not null) && type is ScalarType or EnumType)
        {
            DirectLeafType = (NamedType)type;
            _passThrough = ReferenceEquals(type, ScalarType.String) || ReferenceEquals(type, ScalarType.ID) ? PassThrough.String
                : ReferenceEquals(type, ScalarType.Boolean) ? PassThrough.Boolean
                : ReferenceEquals(type, ScalarType.Int) ? PassThrough.Int
                : ReferenceEquals(type, ScalarType.Float) ? PassThrough.Float
                : PassThrough.None;
            _enumNames = type is EnumType enumType ? EnumResultNames.For(enumType) : null;
        }
    }

    /// <summary>The object type the field is selected on.</summary>
    public ObjectType ParentType { get; }

    public FieldDefinition Field { get; }

    /// <summary>The merged field nodes of the response key.</summary>
    public List<FieldNode> FieldNodes { get; }

    public string ResponseKey { get; }

    /// <summary>
    /// The field's name as the default resolver reads it, interned (schema names are few and fixed), so a
    /// dictionary whose keys are interned too finds the entry by reference, without comparing characters.
    /// </summary>
    public string MemberName { get; }

    /// <summary>
    /// The field has no resolver and no arguments: its value is the default resolver's member read, which
    /// needs no argument coercion and no resolve context.
    /// </summary>
    public bool IsDefaultResolvedWithoutArguments { get; }

    /// <summary>
    /// The plain member read the field's compiled resolver is equivalent to (<see cref="FieldMemberReaders"/>),
    /// for a field without arguments; null otherwise.
    /// </summary>
    public Func<object?, object?>? MemberReader { get; }

    /// <summary>
    /// For a field read directly (default-resolved without arguments, or with a <see cref="MemberReader"/>)
    /// whose type is a scalar or enum (or one of them non-null): that leaf type, so the executor can read the
    /// member and coerce it directly; otherwise null.
    /// </summary>
    public NamedType? DirectLeafType { get; }

    /// <summary>
    /// The common outcomes of <see cref="DirectLeafType"/>'s result coercion, decided without a call: a string
    /// for String and ID, a bool for Boolean, an int for Int, a finite double for Float (the specified
    /// scalars' serializers return those unchanged), a <see cref="long"/> in Int's range (JSON-shaped data) as
    /// a shared box, and an enum's internal value as its name (<see cref="EnumResultNames"/>). False for null,
    /// errors and anything else, which go through the executor's completion.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryCompleteLeafInline(object? value, out object? completed)
    {
        completed = value;
        switch (_passThrough)
        {
            case PassThrough.String:
                return value is string;
            case PassThrough.Boolean:
                return value is bool;
            case PassThrough.Int:
                if (value is long whole && whole is >= int.MinValue and <= int.MaxValue)
                {
                    completed = IntBoxes.Box((int)whole);
                    return true;
                }

                return value is int;
            case PassThrough.Float:
                return value is double number && double.IsFinite(number);
            default:
                return _enumNames is not null && _enumNames.TryGetName(value, out completed);
        }
    }

    /// <summary>
    /// Reads the field's value from <paramref name="source"/> without its resolver when the plan allows it:
    /// the default resolver's member read, or the registered <see cref="MemberReader"/> (which declines sources
    /// of another type). False when the resolver must run.
    /// </summary>
    public bool TryReadDirectly(object? source, out object? value)
    {
        if (MemberReader is { } read)
        {
            value = read(source);
            return !ReferenceEquals(value, FieldMemberReaders.NotApplicable);
        }

        if (IsDefaultResolvedWithoutArguments)
        {
            value = DefaultFieldResolver.ReadMember(source, MemberName);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>
    /// CoerceArgumentValues (spec 6.4.1) for this field, coerced once and reused while the inputs are the same:
    /// forever when the arguments are literals, for the same coerced variable values (one request) otherwise.
    /// A failure is not remembered: it is thrown again, with its location, for every object.
    /// </summary>
    /// <remarks>Resolvers get the same argument values for every object of the request, as graphql-jit's compiled arguments.</remarks>
    public IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variableValues)
    {
        var inputs = _argumentsUseVariables ? variableValues : null;
        var last = Volatile.Read(ref _lastArguments);
        if (last is not null && ReferenceEquals(last.VariableValues, inputs))
        {
            return last.Values;
        }

        var fieldNode = FieldNodes[0];
        var values = ArgumentValues.CoerceArgumentValues(Field.Arguments, fieldNode, fieldNode.Arguments, variableValues);
        Volatile.Write(ref _lastArguments, new CoercedArguments(inputs, values));
        return values;
    }

    private static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(UsesVariables),
        ObjectValueNode inputObject => inputObject.Fields.Any(field => UsesVariables(field.Value)),
        _ => false,
    };

    /// <summary>
    /// CollectSubfields (spec 6.4.3) for <paramref name="runtimeType"/>: the memoized plan, remembered here per
    /// runtime type (an abstract field has a few) so later objects skip the memo's lookup.
    /// </summary>
    public SelectionPlan GetSubfields(ExecutionContext context, ObjectType runtimeType)
    {
        var childPlans = Volatile.Read(ref _childPlans);
        foreach (var childPlan in childPlans)
        {
            if (ReferenceEquals(childPlan.Type, runtimeType))
            {
                return childPlan.Plan;
            }
        }

        // A race only adds an entry twice or loses one; both point at the memo's single plan.
        var plan = context.GetSubfields(runtimeType, FieldNodes);
        Volatile.Write(ref _childPlans, [.. childPlans, new ChildPlan(runtimeType, plan)]);
        return plan;
    }

    private sealed record ChildPlan(ObjectType Type, SelectionPlan Plan);

    private enum PassThrough : byte
    {
        None,
        String,
        Boolean,
        Int,
        Float,
    }

    /// <summary>Coerced argument values and the variable values they came from (null: no variables used).</summary>
    private sealed record CoercedArguments(IReadOnlyDictionary<string, object?>? VariableValues, IReadOnlyDictionary<string, object?> Values);
}

/// <summary>
/// An object's completed fields: the plan's response keys (shared by every object of the same selection)
/// and one value per key. Small maps are read by a linear scan, as they are only read to be serialized.
/// </summary>
/// <remarks>
/// The values live inside the map object for up to 16 keys (<see cref="InlineResponseMap{TSlots}"/>: one
/// allocation per response object instead of a map and an array), in an array beyond.
/// </remarks>
internal abstract class ResponseMap : IReadOnlyDictionary<string, object?>
{
    private readonly SelectionPlan _plan;

    protected ResponseMap(SelectionPlan plan)
    {
        _plan = plan;
    }

    /// <summary>An empty map for <paramref name="plan"/>'s keys, its values all null.</summary>
    public static ResponseMap Create(SelectionPlan plan) => plan.Keys.Length switch
    {
        <= 2 => new InlineResponseMap<ResponseSlots2>(plan),
        <= 4 => new InlineResponseMap<ResponseSlots4>(plan),
        <= 8 => new InlineResponseMap<ResponseSlots8>(plan),
        <= 16 => new InlineResponseMap<ResponseSlots16>(plan),
        _ => new ArrayResponseMap(plan),
    };

    /// <summary>The completed values, one per response key of the plan, in the same order.</summary>
    public abstract Span<object?> Values { get; }

    /// <summary>The response keys, in document order (the plan's).</summary>
    public string[] KeyArray => _plan.Keys;

    /// <summary>The keys as JSON property names (the plan's, see <see cref="SelectionPlan.EncodedKeys"/>).</summary>
    public JsonEncodedText[] EncodedKeys => _plan.EncodedKeys;

    public int Count => _plan.Keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The response key \"{key}\" is not present.");

    public IEnumerable<string> Keys => _plan.Keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values.ToArray();

    public bool ContainsKey(string key) => Array.IndexOf(_plan.Keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_plan.Keys, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = Values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        var keys = _plan.Keys;
        for (var index = 0; index < keys.Length; index++)
        {
            yield return new KeyValuePair<string, object?>(keys[index], Values[index]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A <see cref="ResponseMap"/> whose values are inline slots (<typeparamref name="TSlots"/>: an inline array of object?).</summary>
internal sealed class InlineResponseMap<TSlots>(SelectionPlan plan) : ResponseMap(plan)
    where TSlots : struct
{
    private TSlots _slots;

    // The factory picks a TSlots with at least Count slots, so the span stays inside _slots.
    public override Span<object?> Values => MemoryMarshal.CreateSpan(ref Unsafe.As<TSlots, object?>(ref _slots), Count);
}

/// <summary>A <see cref="ResponseMap"/> with more keys than the inline sizes: its values in an array.</summary>
internal sealed class ArrayResponseMap(SelectionPlan plan) : ResponseMap(plan)
{
    private readonly object?[] _values = new object?[plan.Keys.Length];

    public override Span<object?> Values => _values;
}

[InlineArray(2)]
internal struct ResponseSlots2
{
    private object? _first;
}

[InlineArray(4)]
internal struct ResponseSlots4
{
    private object? _first;
}

[InlineArray(8)]
internal struct ResponseSlots8
{
    private object? _first;
}

[InlineArray(16)]
internal struct ResponseSlots16
{
    private object? _first;
}
