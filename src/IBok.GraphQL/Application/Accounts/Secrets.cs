using System.Security.Cryptography;
using System.Text;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>Random codes and their stored hashes.</summary>
internal static class Secrets
{
    // No 0/O, 1/I/L: codes are read aloud on the phone and copied from paper.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>SHA-256 of the text's UTF-8 bytes, lowercase hex.</summary>
    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Compares two hashes in time that does not depend on where they differ.</summary>
    public static bool HashesEqual(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(left), Encoding.ASCII.GetBytes(right));

    /// <summary>A code of <paramref name="length"/> characters from an unambiguous alphabet, in groups of four.</summary>
    public static string NewCode(int length)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append('-');
            }

            builder.Append(CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A code as typed, reduced to what is hashed: no dashes or spaces, upper case.</summary>
    public static string NormalizeCode(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var character in code)
        {
            if (character is not ('-' or ' '))
            {
                builder.Append(char.ToUpperInvariant(character));
            }
        }

        return builder.ToString();
    }

    /// <summary><paramref name="byteCount"/> random bytes as base64url without padding (for links and keys).</summary>
    public static string NewToken(int byteCount) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(byteCount)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Random lowercase letters and digits (for the non-secret lookup part of API keys).</summary>
    public static string NewPrefix(int length)
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        return string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
