using BreedBot.Domain.Commands;

namespace BreedBot.Domain.Tests.Commands;

public class CommandPlacesTests
{
    [Theory]
    [InlineData(BotCommand.Profile, "personal", true)]
    [InlineData(BotCommand.Profile, "channel", false)]
    [InlineData(BotCommand.Profile, "groupChat", false)]
    [InlineData(BotCommand.MyDuo, "channel", false)]
    [InlineData(BotCommand.Pause, "channel", false)]
    [InlineData(BotCommand.PairDuos, "channel", true)]
    [InlineData(BotCommand.PairDuos, "personal", false)]
    [InlineData(BotCommand.Settings, "channel", true)]
    [InlineData(BotCommand.Settings, "personal", false)]
    [InlineData(BotCommand.Settings, "groupChat", false)]
    [InlineData(BotCommand.Help, "groupChat", true)]
    [InlineData(BotCommand.Help, "channel", true)]
    [InlineData(BotCommand.Stop, null, false)]
    [InlineData(BotCommand.Status, "channel", true)]
    [InlineData(BotCommand.Status, "personal", false)]
    [InlineData(BotCommand.Status, "groupChat", false)]
    [InlineData(BotCommand.Acute, "personal", true)]
    [InlineData(BotCommand.Acute, "channel", true)]
    [InlineData(BotCommand.Acute, "groupChat", true)]
    [InlineData(BotCommand.Acute, null, true)]
    public void IsAllowed_ByConversationType_KeepsPersonalThingsPersonal(BotCommand command, string? conversationType, bool allowed)
    {
        Assert.Equal(allowed, CommandPlaces.IsAllowed(command, conversationType));
    }

    [Fact]
    public void InPersonalMenu_Acute_IsOfferedAndTheMenuKeepsItsLimit()
    {
        var menu = Enum.GetValues<BotCommand>().Where(c => c != BotCommand.Unknown && CommandPlaces.InPersonalMenu(c)).ToList();

        Assert.Contains(BotCommand.Acute, menu);
        Assert.InRange(menu.Count, 1, CommandPlaces.MaxMenuCommands);
    }
}
