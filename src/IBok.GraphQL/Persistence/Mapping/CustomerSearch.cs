using System.Text;

namespace IBok.GraphQL.Persistence.Mapping;

/// <summary>
/// Folds customer names for <c>customers.search_name</c>, so staff find "Łucja Żółć" by typing "lucja zolc".
/// </summary>
/// <remarks>
/// The rule is the one migration 0004 applies in SQL to existing rows: trim, the 18 Polish letters with diacritics
/// to their ASCII base letter, then lower case. Other non-ASCII letters are lower-cased here; SQLite's
/// <c>lower()</c> leaves them as they are, so only rows filled by that migration on SQLite can differ for them, and
/// the next change of the name rewrites the column.
/// </remarks>
public static class CustomerSearch
{
    /// <summary>Folds a name or a search text.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim(' ');
        var folded = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            folded.Append(c switch
            {
                'ą' or 'Ą' => 'a',
                'ć' or 'Ć' => 'c',
                'ę' or 'Ę' => 'e',
                'ł' or 'Ł' => 'l',
                'ń' or 'Ń' => 'n',
                'ó' or 'Ó' => 'o',
                'ś' or 'Ś' => 's',
                'ź' or 'Ź' or 'ż' or 'Ż' => 'z',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString();
    }
}
