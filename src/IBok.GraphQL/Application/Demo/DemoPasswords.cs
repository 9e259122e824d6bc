namespace IBok.GraphQL.Application.Demo;

/// <summary>Passwords for the demo logins, derived from the seed so they are the same on every fresh installation with
/// that seed, and easy to read off a console: three groups of four characters without look-alikes (no 0/O, 1/l/I).</summary>
internal static class DemoPasswords
{
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string All = Lower + Upper + Digits;

    /// <summary>A password like <c>Kr7m-Xq4P-t9Wz</c> for the login named <paramref name="purpose"/>: at least one
    /// lower-case letter, one upper-case letter and one digit, 14 characters with the dashes.</summary>
    public static string For(int seed, string purpose)
    {
        // Not HashCode.Combine: it is seeded randomly per process, and the password must survive a restart.
        var random = new Random(unchecked((seed * 397) ^ StableHash(purpose)));
        var characters = new char[12];
        characters[0] = Upper[random.Next(Upper.Length)];
        characters[1] = Digits[random.Next(Digits.Length)];
        characters[2] = Lower[random.Next(Lower.Length)];
        for (var i = 3; i < characters.Length; i++)
        {
            characters[i] = All[random.Next(All.Length)];
        }

        random.Shuffle(characters);
        return new string(characters, 0, 4) + "-" + new string(characters, 4, 4) + "-" + new string(characters, 8, 4);
    }

    // string.GetHashCode is randomized per process; the password must not be.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
