using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Tests.Settings;

public class SettingChangeTests
{
    private static readonly TeamSettingsState Before = new(TeamSettings.Default, 8);

    [Fact]
    public void Between_NothingChanged_IsEmpty()
    {
        Assert.Empty(SettingChange.Between(Before, Before with { Settings = TeamSettings.Default with { } }));
    }

    [Fact]
    public void Between_ThreeFields_ListsEachWithOldAndNew()
    {
        var after = new TeamSettingsState(TeamSettings.Default with { AandachtsfunctionarisKey = "aad-ana", Paused = true }, 12);

        var changes = SettingChange.Between(Before, after);

        Assert.Equal(
            [
                new SettingChange(SettingField.Rotation, "8", "12"),
                new SettingChange(SettingField.Aandachtsfunctionaris, "", "aad-ana"),
                new SettingChange(SettingField.Paused, "false", "true"),
            ],
            changes);
    }

    [Fact]
    public void Between_SummaryMoment_UsesStableValues()
    {
        var after = Before with { Settings = TeamSettings.Default with { SummaryDay = DayOfWeek.Monday, SummaryTime = new TimeOnly(9, 5), RetentionDays = 60 } };

        Assert.Equal(
            [
                new SettingChange(SettingField.SummaryDay, "Friday", "Monday"),
                new SettingChange(SettingField.SummaryTime, "15:00", "09:05"),
                new SettingChange(SettingField.RetentionDays, "", "60"),
            ],
            SettingChange.Between(Before, after));
    }
}
