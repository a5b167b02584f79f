using System.Text.Json.Nodes;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>Runtime settings that ship in BreedBot.Web.runtimeconfig.json (and so in every deployment).</summary>
public sealed class RuntimeConfigurationTests
{
    [Fact]
    public void RuntimeConfig_ThreadPool_IdleWorkersDoNotSpin()
    {
        var spinLimit = ConfigProperties()?["System.Threading.ThreadPool.UnfairSemaphoreSpinLimit"];

        Assert.NotNull(spinLimit);
        Assert.Equal(0, spinLimit.GetValue<int>());
    }

    [Fact]
    public void RuntimeConfig_GarbageCollector_WorkstationWithBackgroundCollection()
    {
        var properties = ConfigProperties();

        Assert.False(properties?["System.GC.Server"]?.GetValue<bool>());
        Assert.True(properties?["System.GC.Concurrent"]?.GetValue<bool>());
    }

    private static JsonNode? ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "BreedBot.Web.runtimeconfig.json");
        return JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]?["configProperties"];
    }
}
