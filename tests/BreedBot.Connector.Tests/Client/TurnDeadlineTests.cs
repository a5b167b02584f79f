using BreedBot.Connector.Client;

namespace BreedBot.Connector.Tests.Client;

public sealed class TurnDeadlineTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Outside_WorkStartedInATurn_HasNoTurnBudgetWhileTheTurnKeepsItsOwn()
    {
        using var turn = TurnDeadline.Begin(Now.AddSeconds(10));

        var inBackground = await Task.Run(() =>
        {
            using var outside = TurnDeadline.Outside();
            return TurnDeadline.Remaining(Now);
        });

        Assert.Null(inBackground);
        Assert.Equal(TimeSpan.FromSeconds(10), TurnDeadline.Remaining(Now));
    }

    [Fact]
    public async Task Begin_WorkStartedInATurnWithoutOutside_InheritsTheTurnBudget()
    {
        using var turn = TurnDeadline.Begin(Now.AddSeconds(10));

        var inBackground = await Task.Run(() => TurnDeadline.Remaining(Now));

        Assert.Equal(TimeSpan.FromSeconds(10), inBackground);
    }
}
