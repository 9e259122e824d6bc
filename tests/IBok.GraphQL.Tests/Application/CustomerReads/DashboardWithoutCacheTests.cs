using IBok.GraphQL.Tests.Persistence;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>
/// With <c>CustomerReadCache:SizeLimit</c> 0 (the cold-cache benchmark variant) every dashboard reads the database as
/// a first one does with the cache, and answers the same.
/// </summary>
public sealed class DashboardWithoutCacheTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboard_SizeLimitZero_EveryRequestCostsWhatAFirstOneDoesWithTheCache(string provider)
    {
        await using var cached = await CachingApiHost.CreateAsync(provider);
        await using var cold = await CachingApiHost.CreateAsync(provider, sizeLimit: 0);
        var seededCached = await DashboardCacheFreshnessTests.SeedAsync(cached);
        var seededCold = await DashboardCacheFreshnessTests.SeedAsync(cold);

        var cachedFirst = await cached.DashboardAsync(seededCached.Viewer);
        var cachedFirstStatements = cached.LastStatements;
        await cached.DashboardAsync(seededCached.Viewer);
        var cachedSecondStatements = cached.LastStatements;
        var coldFirst = await cold.DashboardAsync(seededCold.Viewer);
        var coldFirstStatements = cold.LastStatements;
        var coldSecond = await cold.DashboardAsync(seededCold.Viewer);

        Assert.Equal(cachedFirst, coldFirst);
        Assert.Equal(coldFirst, coldSecond);
        Assert.Equal((1, cachedFirstStatements, cachedFirstStatements), (cachedSecondStatements, coldFirstStatements, cold.LastStatements));
        Assert.Equal((false, 0L), (cold.Cache.IsEnabled, cold.Cache.CurrentSize));
    }
}
