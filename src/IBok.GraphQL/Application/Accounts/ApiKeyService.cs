using System.Globalization;
using System.Text.RegularExpressions;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Application.Accounts;

/// <summary>
/// API keys for other utility systems: admins create them (the key text is shown once) and revoke them; the host
/// authenticates requests with them. A key reads <c>ibok_{prefix}_{secret}</c>: the prefix finds the row, the
/// SHA-256 of the whole text is compared in constant time. (A fast hash is right here: the secret is 256 random
/// bits, so there is nothing to slow a guesser down for, unlike with passwords.)
/// </summary>
public sealed partial class ApiKeyService(IBokDbContext db, TimeProvider timeProvider)
{
    private const string KeyStart = "ibok_";
    private const int PrefixLength = 8;

    /// <summary>Creates a key limited to <paramref name="scopes"/>; admins only. Audited.</summary>
    public async Task<AccountOutcome<CreatedApiKey>> CreateAsync(string name, IReadOnlyList<string> scopes, CancellationToken cancellationToken = default)
    {
        if (db.Viewer.Role != ViewerRole.Admin)
        {
            return AccountErrors.Forbidden;
        }

        var errors = new List<AccountError>();
        var trimmedName = name?.Trim() ?? "";
        if (trimmedName.Length is 0 or > 100)
        {
            errors.Add(AccountErrors.InvalidInput("name", "Give the key a name of 1 to 100 characters.", "Nadaj kluczowi nazwę o długości od 1 do 100 znaków."));
        }

        var cleanScopes = (scopes ?? []).Select(scope => scope.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (cleanScopes.Count == 0 || cleanScopes.Any(scope => !ScopeSyntax().IsMatch(scope)))
        {
            errors.Add(AccountErrors.InvalidInput(
                "scopes",
                "Give at least one scope; a scope is lowercase letters, digits and . _ : - (e.g. readings:import).",
                "Podaj co najmniej jeden zakres; zakres składa się z małych liter, cyfr i znaków . _ : - (np. readings:import)."));
        }

        if (errors.Count > 0)
        {
            return AccountOutcome<CreatedApiKey>.Failure(errors);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var prefix = Secrets.NewPrefix(PrefixLength);
        var keyText = KeyStart + prefix + "_" + Secrets.NewToken(32);
        var key = new ApiKey
        {
            Name = trimmedName,
            Prefix = prefix,
            SecretHash = Secrets.Sha256Hex(keyText),
            Scopes = string.Join(' ', cleanScopes),
            CreatedByAccountId = db.Viewer.AccountId,
            CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        Audit(now, "api_key.create", key.Id, new { name = key.Name, prefix, scopes = cleanScopes });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AccountOutcome<CreatedApiKey>.Success(new CreatedApiKey(key.Id, key.Name, prefix, keyText, cleanScopes));
    }

    /// <summary>Revokes a key (at once; revoking twice changes nothing); admins only. Audited.</summary>
    public async Task<AccountOutcome<Done>> RevokeAsync(long id, CancellationToken cancellationToken = default)
    {
        if (db.Viewer.Role != ViewerRole.Admin)
        {
            return AccountErrors.Forbidden;
        }

        var key = await db.Set<ApiKey>().SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (key is null)
        {
            return AccountErrors.ApiKeyNotFound;
        }

        if (key.RevokedAt is null)
        {
            var now = timeProvider.GetUtcNow().UtcDateTime;
            key.RevokedAt = now;
            Audit(now, "api_key.revoke", key.Id, new { name = key.Name, prefix = key.Prefix });
            await db.SaveChangesAsync(cancellationToken);
        }

        return AccountOutcome<Done>.Success(Done.Instance);
    }

    /// <summary>The key a request presented, when it exists, matches and is not revoked; otherwise null.</summary>
    public async Task<AuthenticatedApiKey?> AuthenticateAsync(string keyText, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(keyText) || !keyText.StartsWith(KeyStart, StringComparison.Ordinal) || keyText.Length < KeyStart.Length + PrefixLength + 2)
        {
            return null;
        }

        var prefix = keyText.Substring(KeyStart.Length, PrefixLength);
        var key = await db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Prefix == prefix, cancellationToken);
        var presentedHash = Secrets.Sha256Hex(keyText);
        if (key is null || !Secrets.HashesEqual(key.SecretHash, presentedHash) || key.RevokedAt is not null)
        {
            return null;
        }

        return new AuthenticatedApiKey(key.Id, key.Name, key.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Whether the key <paramref name="id"/> still works (exists and is not revoked): for a connection authenticated by
    /// it once and kept open, such as a WebSocket, which re-checks it from time to time.
    /// </summary>
    public Task<bool> IsActiveAsync(long id, CancellationToken cancellationToken = default) =>
        db.Set<ApiKey>().AsNoTracking().AnyAsync(candidate => candidate.Id == id && candidate.RevokedAt == null, cancellationToken);

    private void Audit(DateTime now, string action, long keyId, object details) =>
        AuditTrail.Add(db, now, action, "ApiKey", keyId.ToString(CultureInfo.InvariantCulture), details);

    [GeneratedRegex("^[a-z0-9][a-z0-9._:-]{0,63}$")]
    private static partial Regex ScopeSyntax();
}
