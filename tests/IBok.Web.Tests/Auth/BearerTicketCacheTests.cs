using System.Security.Claims;
using IBok.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IBok.Web.Tests.Auth;

public sealed class BearerTicketCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Unprotect_SameTokenTwice_UnprotectsOnceAndHandsOutCopies()
    {
        var (cache, inner, _) = Create();
        var token = inner.Issue("account:7", Start.AddHours(1));

        var first = cache.Unprotect(token)!;
        var second = cache.Unprotect(token)!;

        Assert.Equal(1, inner.UnprotectCalls);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.NotSame(first.Properties, second.Properties);
        Assert.Equal("account:7", second.Principal.FindFirst(ClaimTypes.NameIdentifier)!.Value);
        Assert.Equal(Start.AddHours(1), second.Properties.ExpiresUtc);
        Assert.Equal(AuthSchemes.Bearer, second.AuthenticationScheme);
    }

    [Fact]
    public void Unprotect_RequestChangesItsPrincipal_NextRequestGetsTheOriginalClaims()
    {
        var (cache, inner, _) = Create();
        var token = inner.Issue("account:7", Start.AddHours(1));

        var first = cache.Unprotect(token)!;
        ((ClaimsIdentity)first.Principal.Identity!).AddClaim(new Claim(ClaimTypes.Role, "Admin"));
        first.Properties.ExpiresUtc = Start.AddDays(30);
        var second = cache.Unprotect(token)!;

        Assert.False(second.Principal.IsInRole("Admin"));
        Assert.Equal(Start.AddHours(1), second.Properties.ExpiresUtc);
    }

    [Fact]
    public void Unprotect_InvalidToken_IsNotCached()
    {
        var (cache, inner, _) = Create();

        Assert.Null(cache.Unprotect("forged"));
        Assert.Null(cache.Unprotect("forged"));

        Assert.Equal(2, inner.UnprotectCalls);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Unprotect_TokenAlreadyExpired_IsNotCachedButReturnedForTheHandlerToRefuse()
    {
        var (cache, inner, _) = Create();
        var token = inner.Issue("account:7", Start.AddMinutes(-1));

        var ticket = cache.Unprotect(token);
        cache.Unprotect(token);

        Assert.Equal(Start.AddMinutes(-1), ticket!.Properties.ExpiresUtc);
        Assert.Equal(2, inner.UnprotectCalls);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Unprotect_AfterTheTicketExpires_UnprotectsAgain()
    {
        var (cache, inner, time) = Create();
        var token = inner.Issue("account:7", Start.AddMinutes(2));
        cache.Unprotect(token);

        time.Now = Start.AddMinutes(2);
        var ticket = cache.Unprotect(token);

        Assert.Equal(2, inner.UnprotectCalls);
        Assert.Equal(Start.AddMinutes(2), ticket!.Properties.ExpiresUtc);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Unprotect_OlderThanMaxAge_UnprotectsAgain()
    {
        var (cache, inner, time) = Create();
        var token = inner.Issue("account:7", Start.AddHours(1));
        cache.Unprotect(token);

        time.Now = Start + BearerTicketCache.MaxAge - TimeSpan.FromSeconds(1);
        cache.Unprotect(token);
        var callsWithinMaxAge = inner.UnprotectCalls;
        time.Now = Start + BearerTicketCache.MaxAge;
        cache.Unprotect(token);

        Assert.Equal((1, 2), (callsWithinMaxAge, inner.UnprotectCalls));
    }

    [Fact]
    public void Unprotect_WithPurpose_AlwaysGoesToTheProtector()
    {
        var (cache, inner, _) = Create();
        var token = inner.Issue("account:7", Start.AddHours(1));

        cache.Unprotect(token, "other-purpose");
        cache.Unprotect(token, "other-purpose");

        Assert.Equal(2, inner.UnprotectCalls);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Unprotect_FullCache_StaysWithinCapacity()
    {
        var (cache, inner, _) = Create();
        for (var i = 0; i <= BearerTicketCache.Capacity; i++)
        {
            cache.Unprotect(inner.Issue("account:" + i, Start.AddHours(1)));
        }

        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Protect_IsTheProtectorsOwn()
    {
        var (cache, inner, _) = Create();
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(), AuthSchemes.Bearer);

        Assert.Equal("token-0", cache.Protect(ticket));
        Assert.Same(ticket, inner.Issued[0]);
    }

    [Fact]
    public void AddIBokAuth_BearerScheme_UsesTheCacheAroundTheDataProtectionFormat()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection();
        services.AddSingleton(TimeProvider.System);
        services.AddIBokAuth(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(AuthSchemes.Bearer);
        var ticket = new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "account:7")], AuthSchemes.Bearer)),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) },
            AuthSchemes.Bearer);
        var token = options.BearerTokenProtector.Protect(ticket);

        Assert.IsType<BearerTicketCache>(options.BearerTokenProtector);
        Assert.Equal("account:7", options.BearerTokenProtector.Unprotect(token)!.Principal.FindFirst(ClaimTypes.NameIdentifier)!.Value);
        Assert.Null(options.BearerTokenProtector.Unprotect(token + "x"));
    }

    private static (BearerTicketCache Cache, CountingFormat Inner, SettableTime Time) Create()
    {
        var inner = new CountingFormat();
        var time = new SettableTime { Now = Start };
        return (new BearerTicketCache(inner, () => time), inner, time);
    }

    private sealed class SettableTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>A protector whose tokens are indexes into the tickets it issued; counts how often it unprotects.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public List<AuthenticationTicket> Issued { get; } = [];

        public int UnprotectCalls { get; private set; }

        public string Issue(string nameIdentifier, DateTimeOffset expires) => Protect(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, nameIdentifier)], AuthSchemes.Bearer)),
            new AuthenticationProperties { ExpiresUtc = expires },
            AuthSchemes.Bearer));

        public string Protect(AuthenticationTicket data)
        {
            Issued.Add(data);
            return "token-" + (Issued.Count - 1);
        }

        public string Protect(AuthenticationTicket data, string? purpose) => Protect(data);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            UnprotectCalls++;
            return protectedText is not null && protectedText.StartsWith("token-", StringComparison.Ordinal)
                && int.TryParse(protectedText.AsSpan(6), out var index) && index < Issued.Count
                    ? Issued[index]
                    : null;
        }
    }
}
