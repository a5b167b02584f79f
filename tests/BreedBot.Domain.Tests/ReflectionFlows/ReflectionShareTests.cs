using BreedBot.Domain.Reflections;
using static BreedBot.Domain.Tests.ReflectionFlows.ReflectionScenario;

namespace BreedBot.Domain.Tests.ReflectionFlows;

public sealed class ReflectionShareTests
{
    [Fact]
    public void Submit_ShareWithoutADuoPartner_StaysPrivate()
    {
        var atShare = At(ReflectionStep.Share);

        var outcome = ReflectionFlow.Submit(atShare, 8, atShare.Version, new Dictionary<string, string?> { ["share"] = "Share" }, Context());

        Assert.True(outcome.IsApplied);
        Assert.False(outcome.Reflection.Shared);
        Assert.Empty(outcome.Reflection.SharedWith);
    }
}
