namespace IBok.GraphQL.Execution;

/// <summary>
/// The path from the response root to a field or list item (spec 7.1.2 "path"): an immutable linked list, so
/// every field shares its parent's path instead of copying it.
/// </summary>
public sealed class ResponsePath
{
    /// <summary>Extends <paramref name="previous"/> (null at the root) by a response key or a list index.</summary>
    public ResponsePath(ResponsePath? previous, object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key is not (string or int))
        {
            throw new ArgumentException("A path segment is a response key (string) or a list index (int).", nameof(key));
        }

        Previous = previous;
        Key = key;
    }

    /// <summary>The executor's constructor: <paramref name="key"/> is a response key or a boxed list index.</summary>
    internal ResponsePath(ResponsePath? previous, object key, bool trusted)
    {
        Previous = previous;
        Key = key;
        _ = trusted;
    }

    /// <summary>A list index as a path key, without a new box for the first 1024 indexes.</summary>
    internal static object BoxIndex(int index) => IntBoxes.Box(index);

    /// <summary>The path to the parent, or null for a root field.</summary>
    public ResponsePath? Previous { get; }

    /// <summary>A response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>The segments from the root: <c>["user", "friends", 0, "name"]</c>.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Previous)
        {
            depth++;
        }

        var segments = new object[depth];
        for (var node = this; node is not null; node = node.Previous)
        {
            segments[--depth] = node.Key;
        }

        return segments;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(".", ToList());
}

/// <summary>
/// A response path not allocated yet: the parent's path (null at the root) and this position's response key
/// or boxed list index (null for the root itself). The executor passes it down instead of a
/// <see cref="ResponsePath"/> and allocates the node only when something reads it (an error, a resolver's
/// context, a child that needs its parent's node), so objects whose fields are all leaves and list items of
/// such objects cost no path at all.
/// </summary>
internal readonly struct PendingPath(ResponsePath? parent, object? key)
{
    /// <summary>The path of the response's root: no node.</summary>
    public static PendingPath Root => default;

    /// <summary>The path node of this position (null for the root).</summary>
    public ResponsePath? Materialize() => key is null ? parent : new ResponsePath(parent, key, trusted: true);
}
