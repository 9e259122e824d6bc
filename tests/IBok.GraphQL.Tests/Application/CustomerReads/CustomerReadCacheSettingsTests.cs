using IBok.GraphQL.Application.CustomerReads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IBok.GraphQL.Tests.Application.CustomerReads;

/// <summary>The cache's bounds come from the configuration section <c>CustomerReadCache</c>, checked before use.</summary>
public sealed class CustomerReadCacheSettingsTests
{
    [Fact]
    public void AddIBokCustomerReads_Section_SetsTheSizeLimit()
    {
        using var services = Build(new() { ["CustomerReadCache:SizeLimit"] = "1234" });

        Assert.Equal(1234, services.GetRequiredService<IOptions<CustomerReadCacheOptions>>().Value.SizeLimit);
        Assert.True(services.GetRequiredService<CustomerReadCache>().IsEnabled);
    }

    [Fact]
    public void AddIBokCustomerReads_NoSection_KeepsTheDefault()
    {
        using var services = Build([]);

        Assert.Equal(500_000, services.GetRequiredService<IOptions<CustomerReadCacheOptions>>().Value.SizeLimit);
    }

    [Fact]
    public void AddIBokCustomerReads_SizeLimitZero_TurnsTheCacheOff()
    {
        using var services = Build(new() { ["CustomerReadCache:SizeLimit"] = "0" });

        Assert.False(services.GetRequiredService<CustomerReadCache>().IsEnabled);
    }

    [Fact]
    public void AddIBokCustomerReads_NegativeSizeLimit_FailsWithAClearMessage()
    {
        using var services = Build(new() { ["CustomerReadCache:SizeLimit"] = "-5" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<CustomerReadCache>());

        Assert.Equal(["CustomerReadCache:SizeLimit must not be negative, but is -5 (0 turns the cache off)."], failure.Failures);
    }

    [Fact]
    public void AddIBokCustomerReads_NoConfigurationRegistered_KeepsTheDefault()
    {
        using var services = new ServiceCollection().AddIBokCustomerReads().BuildServiceProvider();

        Assert.Equal(500_000, services.GetRequiredService<IOptions<CustomerReadCacheOptions>>().Value.SizeLimit);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddIBokCustomerReads()
            .BuildServiceProvider();
}
