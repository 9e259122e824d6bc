using System.Globalization;
using IBok.GraphQL.Relay;

namespace IBok.GraphQL.Api.Common;

/// <summary>Reads the global ids (Relay) that root fields take as arguments.</summary>
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
}
