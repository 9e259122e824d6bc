using System.Diagnostics;
using System.Globalization;
using IBok.GraphQL.Application.Accounts;
using IBok.GraphQL.Persistence.Access;
using IBok.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IBok.Benchmarks;

/// <summary>
/// What reading one bearer token costs: the data protection format alone (every request before BearerTicketCache)
/// against the cache's hit (every request after the token's first), on a token as signIn makes it. Prints the best of
/// several rounds (µs and bytes per token), the figure a loaded machine blurs least.
/// </summary>
/// <remarks>Usage: <c>bearer-probe [iterations per round]</c>.</remarks>
public static class BearerTokenProbe
{
    public static void Run(string[] args)
    {
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddIBokAuth(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(AuthSchemes.Bearer);
        var cache = (BearerTicketCache)options.BearerTokenProtector;
        // The same protector the framework makes for the scheme, without the cache.
        var plain = new TicketDataFormat(provider.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.BearerToken", AuthSchemes.Bearer, "BearerToken"));
        var account = new SignedInAccount(123_456, ViewerRole.Customer, 98_765, "Jan Kowalski", "stamp");
        var ticket = new AuthenticationTicket(
            SessionPrincipal.Create(account, Convert.ToBase64String(new byte[32]), AuthSchemes.Bearer),
            new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) },
            AuthSchemes.Bearer);
        var token = cache.Protect(ticket);
        if (plain.Unprotect(token) is null || cache.Unprotect(token) is null)
        {
            throw new InvalidOperationException("The token does not read back.");
        }

        (double Microseconds, long Bytes) Time(ISecureDataFormat<AuthenticationTicket> format)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                _ = format.Unprotect(token);
            }

            return (watch.Elapsed.TotalMicroseconds / iterations, (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations);
        }

        var best = new Dictionary<string, (double Microseconds, long Bytes)>
        {
            ["data protection"] = (double.MaxValue, 0),
            ["cache hit"] = (double.MaxValue, 0),
        };
        for (var round = 0; round < 10; round++)
        {
            foreach (var (name, format) in new[] { ("data protection", (ISecureDataFormat<AuthenticationTicket>)plain), ("cache hit", cache) })
            {
                var result = Time(format);
                if (result.Microseconds < best[name].Microseconds)
                {
                    best[name] = result;
                }
            }
        }

        Console.WriteLine($"bearer-probe: token of {token.Length} characters, best of 10 rounds of {iterations}, load {File.ReadAllText("/proc/loadavg")[..14]}");
        foreach (var (name, (microseconds, bytes)) in best)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-16} {microseconds,7:F2} µs/token {bytes,7:N0} B/token"));
        }
    }
}
