namespace IBok.GraphQL.Types;

/// <summary>
/// graphql-js <c>naturalCompare</c>: runs of digits compare by numeric value (of any length), other characters by
/// code unit. Used wherever graphql-js sorts names for messages and suggestions.
/// </summary>
internal sealed class NaturalComparer : IComparer<string>
{
    public static readonly NaturalComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = x ?? "";
        var b = y ?? "";
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var numberA = a[startA..i].TrimStart('0');
                var numberB = b[startB..j].TrimStart('0');
                var byValue = numberA.Length != numberB.Length
                    ? numberA.Length.CompareTo(numberB.Length)
                    : string.CompareOrdinal(numberA, numberB);
                if (byValue != 0)
                {
                    return byValue;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }
}
