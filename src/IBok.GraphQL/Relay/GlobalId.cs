using IBok.GraphQL.Execution;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace IBok.GraphQL.Relay;

/// <summary>
/// Relay global object identifiers (https://relay.dev/graphql/objectidentification.htm): the base64
/// (standard alphabet, padded) of the UTF-8 text <c>TypeName:key</c>, where the key is written in the
/// invariant culture (<see cref="Guid"/> in the "D" format). <c>Customer</c> with key 42 is
/// <c>Q3VzdG9tZXI6NDI=</c>. Ids are opaque to clients; they are not encrypted.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of the object of type <paramref name="typeName"/> with key <paramref name="key"/>.</summary>
    public static string Serialize(string typeName, object key)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        ArgumentNullException.ThrowIfNull(key);
        var text = typeName + ":" + (key switch
        {
            Guid guid => guid.ToString("D"),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => key.ToString(),
        });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Splits a global id into its type name and key text.</summary>
    /// <exception cref="GlobalIdFormatException">Not base64 of UTF-8 text of the form <c>TypeName:key</c>.</exception>
    public static (string TypeName, string Key) Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(id.Length)];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            throw new GlobalIdFormatException(id);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            throw new GlobalIdFormatException(id);
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        return separator <= 0 || separator == text.Length - 1
            ? throw new GlobalIdFormatException(id)
            : (text[..separator], text[(separator + 1)..]);
    }
}

/// <summary>A value given as a global id is not one (it is not base64 of <c>TypeName:key</c>, or its key does not fit the type).</summary>
public sealed class GlobalIdFormatException : GraphQLException
{
    /// <summary>Creates the exception for <paramref name="id"/>.</summary>
    public GlobalIdFormatException(string id)
        : base($"The ID \"{id}\" is not a valid global id (base64 of \"TypeName:key\").") => Id = id;

    /// <summary>Creates the exception for <paramref name="id"/> with a specific message.</summary>
    public GlobalIdFormatException(string id, string message)
        : base(message) => Id = id;

    /// <summary>The rejected id.</summary>
    public string Id { get; }
}
