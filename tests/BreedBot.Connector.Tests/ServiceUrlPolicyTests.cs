namespace BreedBot.Connector.Tests;

public sealed class ServiceUrlPolicyTests
{
    private readonly ServiceUrlPolicy _policy = new(new BotOptions().AllowedServiceUrlHosts);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://SMBA.trafficmanager.net/amer")]
    [InlineData("https://europe.botframework.com/")]
    [InlineData("https://a.b.botframework.com/")]
    public void IsAllowed_HttpsOnAllowList_True(string url)
    {
        Assert.True(_policy.IsAllowed(new Uri(url)));
        Assert.True(_policy.IsAllowedRemote(new Uri(url)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("https://127.0.0.1:5001/")]
    [InlineData("http://localhost:56150/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://127.5.6.7/")]
    public void IsAllowed_LoopbackInProduction_FalseUnlessTheAllowListNamesIt(string url)
    {
        Assert.False(_policy.IsAllowed(new Uri(url)));
        Assert.False(_policy.IsAllowedRemote(new Uri(url)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("https://127.0.0.1:5001/")]
    [InlineData("http://localhost:56150/")]
    [InlineData("http://[::1]:3978/")]
    [InlineData("http://127.5.6.7/")]
    public void IsAllowed_LoopbackInDevelopment_TrueButNeverRemote(string url)
    {
        var development = new ServiceUrlPolicy(new BotOptions().AllowedServiceUrlHosts, allowAnyLoopback: true);

        Assert.True(development.IsAllowed(new Uri(url)));
        Assert.False(development.IsAllowedRemote(new Uri(url)));
    }

    [Theory]
    [InlineData("127.0.0.1", "http://127.0.0.1:5000/v3/", true)]
    [InlineData("127.0.0.1", "http://localhost:5000/v3/", false)]
    [InlineData("127.0.0.1", "http://127.0.0.2:5000/v3/", false)]
    [InlineData("localhost", "http://localhost:56150/_connector", true)]
    [InlineData("LOCALHOST", "http://localhost:56150/_connector", true)]
    [InlineData("::1", "http://[::1]:3978/", true)]
    public void IsAllowed_LoopbackNamedInTheAllowList_OnlyThatHostAndNeverRemote(string listed, string url, bool allowed)
    {
        var policy = new ServiceUrlPolicy(["smba.trafficmanager.net", listed]);

        Assert.Equal(allowed, policy.IsAllowed(new Uri(url)));
        Assert.False(policy.IsAllowedRemote(new Uri(url)));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://botframework.com/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://user:pass@smba.trafficmanager.net/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("https://localhost.evil.example/")]
    public void IsAllowed_OffListOrNotHttps_False(string url)
    {
        Assert.False(_policy.IsAllowed(new Uri(url)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/v3/conversations")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public void IsAllowed_NotAnAbsoluteHttpUrl_False(string? url)
    {
        Assert.False(_policy.IsAllowed(url));
    }

    [Fact]
    public void IsAllowed_ConfiguredHostsOnly_OtherDefaultsNoLongerAllowed()
    {
        var policy = new ServiceUrlPolicy(["smba.infra.gov.teams.microsoft.us"]);

        Assert.True(policy.IsAllowed(new Uri("https://smba.infra.gov.teams.microsoft.us/")));
        Assert.False(policy.IsAllowed(new Uri("https://smba.trafficmanager.net/")));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("localhost", true)]
    [InlineData("*.botframework.com", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("*.0.0.1", false)]
    [InlineData("*", false)]
    public void IsValidHostPattern_LoopbackAddressesAndNames_OnlyLoopbackIpsAccepted(string pattern, bool valid)
    {
        Assert.Equal(valid, ServiceUrlPolicy.IsValidHostPattern(pattern));
    }
}
