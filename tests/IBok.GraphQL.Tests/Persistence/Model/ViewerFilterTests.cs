using System.Reflection;
using IBok.GraphQL.Persistence;
using IBok.GraphQL.Persistence.Access;
using IBok.GraphQL.Persistence.Model.Customers;
using Microsoft.EntityFrameworkCore;

namespace IBok.GraphQL.Tests.Persistence.Model;

public sealed class ViewerFilterTests
{
    private static readonly MethodInfo LoadMethod =
        typeof(ViewerFilterTests).GetMethod(nameof(LoadCustomerIdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryOwnedTable_EachViewer_SeesExactlyTheRowsItMay(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        long first, second;
        await using (var seed = database.CreateContext())
        {
            var notice = await CoreRows.AddSharedAsync(seed);
            await CoreRows.AddCustomerAsync(seed, 1, notice.Id);
            await CoreRows.AddCustomerAsync(seed, 2, notice.Id);
            var ids = await seed.Set<CustomerRow>().OrderBy(row => row.Number).Select(row => row.Id).ToListAsync();
            (first, second) = (ids[0], ids[1]);
        }

        var viewers = new (string Name, Viewer Viewer, long[] Expected)[]
        {
            ("customer 1", Viewer.ForCustomer(first, 501, "Łucja 1"), [first]),
            ("customer 2", Viewer.ForCustomer(second, 502, "Łucja 2"), [second]),
            ("anonymous", Viewer.Anonymous, []),
            ("operator", Viewer.ForStaff(ViewerRole.Operator, 900, "Anna Operatorka"), [first, second]),
        };
        var problems = new List<string>();
        await using var model = database.CreateContext();
        var ownedTypes = model.Model.GetEntityTypes()
            .Select(type => type.ClrType)
            .Where(type => typeof(ICustomerOwned).IsAssignableFrom(type) || typeof(ICustomerRoot).IsAssignableFrom(type))
            .ToList();
        Assert.Contains(typeof(CustomerRow), ownedTypes);

        foreach (var type in ownedTypes)
        {
            await using (var system = database.CreateContext())
            {
                var all = await LoadAsync(system, type);
                if (!all.Contains(first) || !all.Contains(second))
                {
                    problems.Add($"{type.Name}: CoreRows.AddCustomerAsync adds no row of it, so its filter is untested; add one.");
                    continue;
                }
            }

            foreach (var (name, viewer, expected) in viewers)
            {
                await using var context = database.CreateContext(viewer);
                var seen = (await LoadAsync(context, type)).Distinct().Order().ToArray();
                if (!seen.SequenceEqual(expected))
                {
                    problems.Add($"{type.Name}: {name} sees rows of customers [{string.Join(",", seen)}], expected [{string.Join(",", expected)}]");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CaseWithoutCustomer_CustomerViewer_DoesNotSeeIt(string provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        long customerId;
        await using (var seed = database.CreateContext())
        {
            var notice = await CoreRows.AddSharedAsync(seed);
            await CoreRows.AddCustomerAsync(seed, 1, notice.Id);
            customerId = (await seed.Set<CustomerRow>().SingleAsync()).Id;
            seed.Add(new IBok.GraphQL.Persistence.Model.Cases.CaseRow
            {
                CustomerId = null,
                Kind = IBok.Domain.Cases.CaseKind.Question,
                Subject = "Pytanie bez konta",
                Status = IBok.Domain.Cases.CaseStatus.Submitted,
                SubmittedAt = CoreRows.Instant,
                ResponseDeadline = new DateOnly(2026, 4, 4),
                CreatedBy = "Jan Nowak",
                UpdatedAt = CoreRows.Instant,
            });
            await seed.SaveChangesAsync();
        }

        await using var customer = database.CreateContext(Viewer.ForCustomer(customerId, 501, "Łucja"));
        await using var staff = database.CreateContext(Viewer.ForStaff(ViewerRole.Operator, 900, "Anna"));

        Assert.Equal(["Reklamacja faktury — zawyżone zużycie"], await customer.Set<IBok.GraphQL.Persistence.Model.Cases.CaseRow>().Select(row => row.Subject).ToListAsync());
        Assert.Equal(2, await staff.Set<IBok.GraphQL.Persistence.Model.Cases.CaseRow>().CountAsync());
    }

    private static async Task<List<long>> LoadAsync(IBokDbContext context, Type type) =>
        await (Task<List<long>>)LoadMethod.MakeGenericMethod(type).Invoke(null, [context])!;

    private static async Task<List<long>> LoadCustomerIdsAsync<TEntity>(IBokDbContext context)
        where TEntity : class
    {
        var rows = await context.Set<TEntity>().AsNoTracking().ToListAsync();
        var property = typeof(TEntity).GetProperty(typeof(ICustomerRoot).IsAssignableFrom(typeof(TEntity)) ? nameof(ICustomerRoot.Id) : nameof(ICustomerOwned.CustomerId))!;
        return rows.Select(row => property.GetValue(row)).OfType<long>().ToList();
    }
}
