using Microsoft.Extensions.Configuration;

namespace BreedBot.Connector.Tests;

public class BotOptionsBinderTests
{
    [Fact]
    public void Bind_ListKeyHasEmptyValueAndIndexedChildren_ReadsTheChildren()
    {
        // ASP.NET Core's test host reports "" for Bot:AllowedTenants next to Bot:AllowedTenants:0.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AllowedTenants"] = "",
            ["Bot:AllowedTenants:0"] = "tenant-a",
        }).Build();
        var options = new BotOptions();

        BotOptionsBinder.Bind(configuration, options);

        Assert.Equal(["tenant-a"], options.AllowedTenants);
    }

    [Fact]
    public void Bind_CommaSeparatedValue_ReadsEachItem()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AllowedServiceUrlHosts"] = "smba.trafficmanager.net, *.botframework.us",
        }).Build();
        var options = new BotOptions();

        BotOptionsBinder.Bind(configuration, options);

        Assert.Equal(["smba.trafficmanager.net", "*.botframework.us"], options.AllowedServiceUrlHosts);
    }
}
