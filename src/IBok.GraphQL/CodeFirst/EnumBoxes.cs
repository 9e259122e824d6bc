using System.Runtime.CompilerServices;

namespace IBok.GraphQL.CodeFirst;

/// <summary>
/// One shared box per member of an <see cref="int"/>-based CLR enum with members in 0..255, so a property read of an
/// enum field allocates nothing (the executor only maps the box to the member's GraphQL name).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class EnumBoxes<TEnum>
    where TEnum : struct, Enum
{
    private const int MaxDenseValue = 255;

    private static readonly object[]? Boxes = Create();

    /// <summary>Whether <typeparamref name="TEnum"/>'s members get shared boxes (else <see cref="Box"/> boxes each time).</summary>
    public static bool IsShared => Boxes is not null;

    /// <summary><paramref name="value"/> boxed: a shared box for a declared value in 0..255, else a new one.</summary>
    public static object Box(TEnum value)
    {
        if (Boxes is { } boxes)
        {
            var index = (uint)Unsafe.As<TEnum, int>(ref value);
            if (index < (uint)boxes.Length && boxes[index] is { } shared)
            {
                return shared;
            }
        }

        return value;
    }

    private static object[]? Create()
    {
        if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
        {
            return null;
        }

        var values = Enum.GetValues<TEnum>();
        var numbers = values.Select(value => Unsafe.As<TEnum, int>(ref value)).ToArray();
        if (numbers.Length == 0 || numbers.Min() < 0 || numbers.Max() > MaxDenseValue)
        {
            return null;
        }

        // Undeclared numbers in the range keep a null slot and are boxed as they come.
        var boxes = new object[numbers.Max() + 1];
        for (var i = 0; i < values.Length; i++)
        {
            boxes[numbers[i]] ??= values[i];
        }

        return boxes;
    }
}
