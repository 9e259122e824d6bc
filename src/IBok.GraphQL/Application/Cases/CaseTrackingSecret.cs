using System.Security.Cryptography;
using System.Text;

namespace IBok.GraphQL.Application.Cases;

/// <summary>
/// The secret handed out once when a case is filed without an account; with the case signature it lets the filer
/// follow the case. Only its SHA-256 is stored.
/// </summary>
/// <remarks>
/// 20 characters from a 31-character alphabet without look-alikes (0/O, 1/I/L) are about 99 random bits, so a fast hash is
/// enough: nobody can search that space, unlike a password's. Verification compares hashes in constant time, and an
/// unknown signature is compared against a fixed hash the same way, so timing does not tell the two apart.
/// </remarks>
public static class CaseTrackingSecret
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 20;

    // A hash no secret has in practice, compared against when the signature is unknown.
    private static readonly byte[] AbsentHash = SHA256.HashData("no case has this secret"u8);

    /// <summary>A new secret, grouped in fours for reading aloud (<c>ABCD-EFGH-JKMN-PQRS-TUVW</c>).</summary>
    public static string Generate()
    {
        var builder = new StringBuilder(Length + (Length / 4) - 1);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append('-');
            }

            builder.Append(Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>The stored form: lower-case hex SHA-256 of the normalized secret.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(secret))));

    /// <summary>Whether <paramref name="secret"/> matches <paramref name="storedHash"/> (null: no case), in constant time.</summary>
    public static bool Matches(string? secret, string? storedHash)
    {
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(secret ?? string.Empty)));
        var expected = storedHash is { Length: 64 } ? Convert.FromHexString(storedHash) : AbsentHash;
        return CryptographicOperations.FixedTimeEquals(given, expected) && storedHash is not null;
    }

    // People retype secrets: case and the grouping dashes or spaces do not matter.
    private static string Normalize(string secret) =>
        new([.. secret.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}
