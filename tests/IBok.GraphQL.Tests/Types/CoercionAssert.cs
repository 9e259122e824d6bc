using IBok.GraphQL.Types;

namespace IBok.GraphQL.Tests.Types;

/// <summary>Shared helpers: run a coercion and state its outcome as the result value or the exact error.</summary>
internal static class CoercionAssert
{
    public static void Rejects(Func<object, object?> coerce, object value, string expectedMessage)
    {
        var exception = Assert.Throws<ValueCoercionException>(() => coerce(value));
        Assert.Equal(expectedMessage, exception.Message);
    }

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    public static object?[] List(params object?[] items) => items;
}
