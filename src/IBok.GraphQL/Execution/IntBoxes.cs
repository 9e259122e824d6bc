namespace IBok.GraphQL.Execution;

/// <summary>
/// Shared boxes of the small integers a response is mostly made of (list indexes, counts, quantities), so
/// completing an Int or a path index allocates nothing for them.
/// </summary>
internal static class IntBoxes
{
    private const int Smallest = -128;
    private static readonly object[] Boxes = [.. Enumerable.Range(Smallest, 1024 - Smallest).Select(value => (object)value)];

    /// <summary><paramref name="value"/> boxed, from the shared boxes when it is in -128..1023.</summary>
    public static object Box(int value)
    {
        var index = (uint)(value - Smallest);
        return index < (uint)Boxes.Length ? Boxes[index] : value;
    }
}
