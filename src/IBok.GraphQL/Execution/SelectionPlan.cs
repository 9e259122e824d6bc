using System.Collections;
using System.Diagnostics.CodeAnalysis;
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
        var fields = new List<FieldDefinition>(groupedFields.Count);
        var nodes = new List<List<FieldNode>>(groupedFields.Count);
        foreach (var (responseKey, fieldNodes) in groupedFields)
        {
            var field = schema.FindField(objectType, fieldNodes[0].Name.Value);
            if (field is not null)
            {
                keys.Add(responseKey);
                fields.Add(field);
                nodes.Add(fieldNodes);
            }
        }

        Keys = [.. keys];
        Fields = [.. fields];
        FieldNodes = [.. nodes];
        DefaultResolvedLeafTypes = new NamedType?[Fields.Length];
        for (var index = 0; index < Fields.Length; index++)
        {
            var field = Fields[index];
            var type = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
            if (field.Resolver is null && field.Arguments.Count == 0 && type is ScalarType or EnumType)
            {
                DefaultResolvedLeafTypes[index] = (NamedType)type;
            }
        }
    }

    /// <summary>
    /// For a field without resolver and arguments whose type is a scalar or enum (or one of them non-null):
    /// that leaf type, so the executor can read the member directly; otherwise null.
    /// </summary>
    public NamedType?[] DefaultResolvedLeafTypes { get; }

    /// <summary>The response keys, in document order.</summary>
    public string[] Keys { get; }

    /// <summary>The field definition of each response key.</summary>
    public FieldDefinition[] Fields { get; }

    /// <summary>The merged field nodes of each response key.</summary>
    public List<FieldNode>[] FieldNodes { get; }
}

/// <summary>
/// An object's completed fields: the plan's response keys (shared by every object of the same selection)
/// and one value array. Small maps are read by a linear scan, as they are only read to be serialized.
/// </summary>
internal sealed class ResponseMap(string[] keys) : IReadOnlyDictionary<string, object?>
{
    public object?[] Values { get; } = new object?[keys.Length];

    public int Count => keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The response key \"{key}\" is not present.");

    public IEnumerable<string> Keys => keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public bool ContainsKey(string key) => Array.IndexOf(keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(keys, key);
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
        for (var index = 0; index < keys.Length; index++)
        {
            yield return new KeyValuePair<string, object?>(keys[index], Values[index]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
