using System.Globalization;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Common;

/// <summary>
/// The API's one id convention: every id it returns or accepts is the Relay global id of its type
/// (<see cref="GlobalId"/>), so an id read from any field can be passed to any argument that expects that type.
/// A malformed id, or an id of another type, is a malformed request: <see cref="KeyOf"/> throws and the field fails
/// with a top-level error naming the id; a well-formed id of a row the caller may not see is the mutation's
/// <c>NotFoundError</c>, exactly like a row that does not exist.
/// </summary>
public static class TypedIds
{
    /// <summary>The numeric key of a global id of <paramref name="typeName"/>.</summary>
    /// <exception cref="GlobalIdFormatException">The id is malformed, of another type, or its key is not a number.</exception>
    public static long KeyOf(string id, string typeName)
    {
        ArgumentNullException.ThrowIfNull(id);
        var (actualType, key) = GlobalId.Parse(id);
        if (actualType != typeName)
        {
            throw new GlobalIdFormatException(id, $"The ID \"{id}\" is a {actualType} id; a {typeName} id is expected.");
        }

        return long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GlobalIdFormatException(id, $"The ID \"{id}\" has a key \"{key}\" that is not a valid Int64.");
    }

    /// <summary>The global id of the <paramref name="typeName"/> row with <paramref name="key"/>.</summary>
    public static string Of(string typeName, long key) => GlobalId.Serialize(typeName, key);

    /// <summary>The global id of the <paramref name="typeName"/> row with <paramref name="key"/>; null when there is no key.</summary>
    public static string? Of(string typeName, long? key) => key is { } value ? GlobalId.Serialize(typeName, value) : null;
}
