using System.Collections.Concurrent;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>
/// The SHA-256 of session secrets that recently found their working session, so the session check of every request
/// hashes a cookie's or token's secret once, not on every request. Only <see cref="AccountSessionService.FindActiveAsync"/>
/// adds to it, and only after the secret's session was found working: forged, unknown, ended and expired secrets are
/// never kept. A hash is only ever the secret's own, so a kept one changes no answer: the session row is still read
/// on every request, and a session ended a moment ago is refused at once.
/// </summary>
internal static class ActiveSecretHashes
{
    /// <summary>The most secrets kept; when full, all are forgotten and the cache fills again.</summary>
    public const int Capacity = 10_000;

    private static readonly ConcurrentDictionary<string, string> Hashes = new(StringComparer.Ordinal);

    /// <summary>How many secrets are kept now (for tests).</summary>
    public static int Count => Hashes.Count;

    /// <summary>The kept hash of <paramref name="secret"/>; null when it is not kept.</summary>
    public static string? Find(string secret) => Hashes.TryGetValue(secret, out var hash) ? hash : null;

    /// <summary>Keeps <paramref name="hash"/>, the SHA-256 of <paramref name="secret"/> whose session was just found working.</summary>
    public static void Remember(string secret, string hash)
    {
        if (Hashes.ContainsKey(secret))
        {
            return;
        }

        if (Hashes.Count >= Capacity)
        {
            Hashes.Clear();
        }

        Hashes.TryAdd(secret, hash);
    }

    /// <summary>Whether <paramref name="secret"/>'s hash is kept (for tests).</summary>
    internal static bool Contains(string secret) => Hashes.ContainsKey(secret);
}
