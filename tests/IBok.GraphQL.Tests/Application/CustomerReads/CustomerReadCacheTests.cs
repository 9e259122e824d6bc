using IBok.GraphQL.Application.CustomerReads;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

public sealed class CustomerReadCacheTests
{
    private sealed class Kind;

    private sealed class OtherKind;

    [Fact]
    public void TryGet_SameKindCustomerAndVersion_ReturnsTheRows()
    {
        using var cache = Create(100);
        string[] rows = ["a", "b"];
        cache.Set(typeof(Kind), 7, 42, rows, rows.Length);

        Assert.True(cache.TryGet(typeof(Kind), 7, 42, out string[] found));
        Assert.Same(rows, found);
    }

    [Fact]
    public void TryGet_OtherVersionCustomerOrKind_Misses()
    {
        using var cache = Create(100);
        cache.Set(typeof(Kind), 7, 42, new[] { "a" }, 1);

        Assert.Equal(
            (false, false, false),
            (cache.TryGet(typeof(Kind), 7, 43, out string[] _), cache.TryGet(typeof(Kind), 8, 42, out string[] _), cache.TryGet(typeof(OtherKind), 7, 42, out string[] _)));
    }

    [Fact]
    public void Set_NewVersion_ReplacesTheOld()
    {
        using var cache = Create(100);
        cache.Set(typeof(Kind), 7, 42, new[] { "old" }, 1);
        cache.Set(typeof(Kind), 7, 43, new[] { "new" }, 1);

        Assert.False(cache.TryGet(typeof(Kind), 7, 42, out string[] _));
        Assert.True(cache.TryGet(typeof(Kind), 7, 43, out string[] found));
        Assert.Equal(["new"], found);
    }

    [Fact]
    public void Set_BeyondTheSizeLimit_IsNotStoredAndTheSizeStaysWithinTheLimit()
    {
        using var cache = Create(10);
        cache.Set(typeof(Kind), 1, 1, new string[4], 4);
        cache.Set(typeof(Kind), 2, 1, new string[4], 4);
        cache.Set(typeof(Kind), 3, 1, new string[4], 4);
        cache.Set(typeof(Kind), 4, 1, new string[10], 10);

        // Each entry weighs its rows plus one: 5 + 5 fill the limit, the third and the oversized one are refused.
        Assert.False(cache.TryGet(typeof(Kind), 3, 1, out string[] _));
        Assert.False(cache.TryGet(typeof(Kind), 4, 1, out string[] _));
        Assert.InRange(cache.CurrentSize, 0, 10);
    }

    [Fact]
    public void Set_SizeLimitZero_KeepsNothing()
    {
        using var cache = Create(0);
        cache.Set(typeof(Kind), 7, 42, new[] { "a" }, 1);

        Assert.Equal(
            (false, false, false, 0L),
            (cache.IsEnabled, cache.TryGet(typeof(Kind), 7, 42, out string[] _), cache.TryGetAnyVersion(typeof(Kind), 7, out _, out string[] _), cache.CurrentSize));
    }

    [Fact]
    public void Constructor_NegativeSizeLimit_ThrowsNamingTheSetting()
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => Create(-1));

        Assert.Equal("CustomerReadCache:SizeLimit", failure.ParamName);
    }

    private static CustomerReadCache Create(long sizeLimit) =>
        new(Options.Create(new CustomerReadCacheOptions { SizeLimit = sizeLimit }));
}
