using IBok.GraphQL.Application.CustomerReads;
using IBok.Web.Tests.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IBok.Web.Tests.Hosting;

/// <summary>The server reads <c>CustomerReadCache:SizeLimit</c> from its configuration and refuses to start with a bad one.</summary>
public sealed class CustomerReadCacheSettingTests
{
    [Fact]
    public async Task Start_NegativeSizeLimit_StopsTheServerWithAClearMessage()
    {
        using var host = await AuthHost.StartAsync();
        using var configured = host.WithWebHostBuilder(builder => builder.UseSetting("CustomerReadCache:SizeLimit", "-1"));

        var failure = Assert.Throws<OptionsValidationException>(() => configured.CreateClient());

        Assert.Equal(["CustomerReadCache:SizeLimit must not be negative, but is -1 (0 turns the cache off)."], failure.Failures);
    }

    [Fact]
    public async Task Start_SizeLimitNotANumber_StopsTheServerNamingTheSetting()
    {
        using var host = await AuthHost.StartAsync();
        using var configured = host.WithWebHostBuilder(builder => builder.UseSetting("CustomerReadCache:SizeLimit", "dużo"));

        var failure = Assert.Throws<InvalidOperationException>(() => configured.CreateClient());

        Assert.Equal("Failed to convert configuration value 'dużo' at 'CustomerReadCache:SizeLimit' to type 'System.Int64'.", failure.Message);
    }

    [Fact]
    public async Task Start_SizeLimitZero_StartsAndServesWithTheCacheOff()
    {
        using var host = await AuthHost.StartAsync();
        using var configured = host.WithWebHostBuilder(builder => builder.UseSetting("CustomerReadCache:SizeLimit", "0"));
        using var api = configured.CreateClient(new() { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

        var (_, signedIn) = await api.GraphQLAsync(AuthHostClient.SignIn, new { login = "100200", password = AuthHost.CustomerPassword, bearer = true });

        Assert.False(configured.Services.GetRequiredService<CustomerReadCache>().IsEnabled);
        Assert.Equal("Jan Kowalski", signedIn!["data"]!["signIn"]!["session"]!["displayName"]!.GetValue<string>());
    }
}
