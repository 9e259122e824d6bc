using System.Globalization;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Accounts;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IBok.Benchmarks;

/// <summary>
/// Gives randomly chosen customers of a demo database a confirmed customer account with a known password, so the
/// dashboard load benchmark (bench/run-dashboard.sh) can sign them in through the real <c>signIn</c> mutation and
/// load the dashboard as many different customers. Nothing in the server changes: these are ordinary accounts,
/// written to the benchmark's own database file.
/// </summary>
/// <remarks>
/// <c>dashboard-accounts --database file --count N --password text --logins out.txt</c>. The customers are drawn
/// with a fixed seed; customers that already have an account (the demo's own) are skipped; a second run reuses the
/// accounts it made. One password hash (ASP.NET Core's PBKDF2 format, salted once) serves every account, so making
/// a thousand accounts costs one hash, not a thousand. Writes one e-mail login per line.
/// </remarks>
public static class DashboardAccounts
{
    private const string EmailDomain = "@dashboard-bench.invalid";

    public static async Task RunAsync(string[] args)
    {
        var count = int.Parse(args.Option("--count") ?? "500", CultureInfo.InvariantCulture);
        var password = args.Option("--password") ?? throw new ArgumentException("--password is required");
        var loginsFile = args.Option("--logins") ?? throw new ArgumentException("--logins is required");
        var options = new DatabaseOptions { Provider = "sqlite", ConnectionString = "Data Source=" + (args.Option("--database") ?? throw new ArgumentException("--database is required")) };
        var builder = new DbContextOptionsBuilder<IBokDbContext>();
        options.Configure(builder);
        await using var db = new IBokDbContext(builder.Options, new ViewerAccessor { Viewer = Viewer.System });

        var existing = await db.Set<Account>().AsNoTracking()
            .Where(account => account.Email.EndsWith(EmailDomain))
            .OrderBy(account => account.Id)
            .Select(account => account.Email)
            .ToListAsync();
        if (existing.Count < count)
        {
            var taken = (await db.Set<Account>().AsNoTracking().Where(account => account.CustomerId != null).Select(account => account.CustomerId!.Value).ToListAsync()).ToHashSet();
            var customerIds = await db.Set<CustomerRow>().AsNoTracking().OrderBy(customer => customer.Id).Select(customer => customer.Id).ToListAsync();
            var random = new Random(20261122);
            var chosen = customerIds.Where(id => !taken.Contains(id)).OrderBy(_ => random.Next()).Take(count - existing.Count).ToList();
            var hash = new PasswordHasher<Account>().HashPassword(new Account(), password);
            var now = DateTime.UtcNow;
            foreach (var customerId in chosen)
            {
                var email = $"customer-{customerId}{EmailDomain}";
                db.Add(new Account
                {
                    CustomerId = customerId,
                    Role = ViewerRole.Customer,
                    Email = email,
                    NormalizedEmail = email.Trim().ToUpperInvariant(),
                    DisplayName = "Dashboard benchmark " + customerId.ToString(CultureInfo.InvariantCulture),
                    PasswordHash = hash,
                    EmailConfirmed = true,
                    MustChangePassword = false,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedAt = now,
                    PasswordChangedAt = now,
                });
                existing.Add(email);
            }

            await db.SaveChangesAsync();
        }

        await File.WriteAllLinesAsync(loginsFile, existing.Take(count));
        Console.WriteLine($"{Math.Min(count, existing.Count)} benchmark customer accounts, logins in {loginsFile}");
    }
}
