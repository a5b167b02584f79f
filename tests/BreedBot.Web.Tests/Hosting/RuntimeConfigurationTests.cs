using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>Runtime settings that ship in BreedBot.Web.runtimeconfig.json (and so in every deployment).</summary>
public sealed class RuntimeConfigurationTests
{
    [Fact]
    public void RuntimeConfig_ThreadPool_IdleWorkersDoNotSpin()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "BreedBot.Web.runtimeconfig.json");
        var config = JsonNode.Parse(File.ReadAllText(path))!;

        var spinLimit = config["runtimeOptions"]?["configProperties"]?["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"];

        Assert.NotNull(spinLimit);
        Assert.Equal(0, spinLimit.GetValue<int>());
    }

    [Fact]
    public void RuntimeConfig_GarbageCollector_WorkstationWithBackgroundCollection()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "BreedBot.Web.runtimeconfig.json");
        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]?["configProperties"];

        Assert.False(properties?["System.GC.Server"]?.GetValue<bool>());
        Assert.True(properties?["System.GC.Concurrent"]?.GetValue<bool>());
    }
}
