using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;

namespace BreedBot.Domain.Tests.Settings;

public class SettingsValidatorTests
{
    private static readonly RetentionBounds Bounds = new(30, 90, 365);
    private static readonly HashSet<string> Members = new(["aad-ana", "aad-bo"], StringComparer.Ordinal);
    private static readonly TeamSettingsState Current = new(TeamSettings.Default, RotationInterval.DefaultWeeks);
    private static readonly SettingsForm Valid = new("Thursday", "10:30", "Europe/Brussels", "6", "aad-ana", "false", "120", "true");

    [Fact]
    public void Validate_EveryFieldValid_GivesTheNewState()
    {
        var result = SettingsValidator.Validate(Valid, Current, Bounds, Members);

        Assert.True(result.IsValid);
        var s = result.State!.Settings;
        Assert.Equal((DayOfWeek.Thursday, new TimeOnly(10, 30), "Europe/Brussels", "aad-ana", false, 120, true),
            (s.SummaryDay, s.SummaryTime, s.TimeZoneId, s.AandachtsfunctionarisKey, s.MixRoles, s.RetentionDays, s.Paused));
        Assert.Equal(6, result.State.RotationWeeks);
    }

    [Fact]
    public void Validate_NeverAndNobody_AreValidChoices()
    {
        var result = SettingsValidator.Validate(Valid with { Rotation = "nooit", Aandachtsfunctionaris = "" }, Current, Bounds, Members);

        Assert.Equal(RotationInterval.Never, result.State!.RotationWeeks);
        Assert.Null(result.State.Settings.AandachtsfunctionarisKey);
    }

    [Fact]
    public void Of_StoredState_IsAValidSubmitThatChangesNothing()
    {
        var state = new TeamSettingsState(TeamSettings.Default with { AandachtsfunctionarisKey = "aad-bo", RetentionDays = 200 }, RotationInterval.Never);

        var form = SettingsForm.Of(state, Bounds);

        Assert.Equal(state, SettingsValidator.Validate(form, state, Bounds, Members).State);
        Assert.Equal(Current, SettingsValidator.Validate(SettingsForm.Of(Current, Bounds), Current, Bounds, Members).State);
        Assert.Equal(SettingsForm.Nobody, SettingsForm.Of(Current, Bounds).Aandachtsfunctionaris);
    }

    [Fact]
    public void Validate_DefaultRetentionWhileNoneWasChosen_KeepsFollowingTheDeployment()
    {
        Assert.Null(SettingsValidator.Validate(Valid with { RetentionDays = "90" }, Current, Bounds, Members).State!.Settings.RetentionDays);

        var chosen = Current with { Settings = TeamSettings.Default with { RetentionDays = 60 } };
        Assert.Equal(90, SettingsValidator.Validate(Valid with { RetentionDays = "90" }, chosen, Bounds, Members).State!.Settings.RetentionDays);
    }

    public static TheoryData<SettingsForm, SettingsProblem> Tampered => new()
    {
        { Valid with { SummaryDay = "Saturday" }, SettingsProblem.SummaryDay },
        { Valid with { SummaryDay = "4" }, SettingsProblem.SummaryDay },
        { Valid with { SummaryDay = null }, SettingsProblem.SummaryDay },
        { Valid with { SummaryTime = "06:59" }, SettingsProblem.SummaryTime },
        { Valid with { SummaryTime = "19:01" }, SettingsProblem.SummaryTime },
        { Valid with { SummaryTime = "25:00" }, SettingsProblem.SummaryTime },
        { Valid with { TimeZoneId = "Asia/Tokyo" }, SettingsProblem.TimeZone },
        { Valid with { TimeZoneId = "europe/amsterdam" }, SettingsProblem.TimeZone },
        { Valid with { Rotation = "3" }, SettingsProblem.Rotation },
        { Valid with { Rotation = "27" }, SettingsProblem.Rotation },
        { Valid with { Rotation = "0" }, SettingsProblem.Rotation },
        { Valid with { Rotation = "6 weken" }, SettingsProblem.Rotation },
        { Valid with { Aandachtsfunctionaris = "aad-stranger" }, SettingsProblem.Aandachtsfunctionaris },
        { Valid with { MixRoles = "yes" }, SettingsProblem.MixRoles },
        { Valid with { RetentionDays = "29" }, SettingsProblem.RetentionDays },
        { Valid with { RetentionDays = "366" }, SettingsProblem.RetentionDays },
        { Valid with { RetentionDays = "-40" }, SettingsProblem.RetentionDays },
        { Valid with { Paused = null }, SettingsProblem.Paused },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public void Validate_OneTamperedField_IsRefusedWithThatProblemAndNoState(SettingsForm form, SettingsProblem expected)
    {
        var result = SettingsValidator.Validate(form, Current, Bounds, Members);

        Assert.False(result.IsValid);
        Assert.Null(result.State);
        Assert.Equal([expected], result.Problems);
    }

    [Fact]
    public void Validate_EverythingMissing_NamesEveryField()
    {
        var result = SettingsValidator.Validate(new SettingsForm(null, null, null, null, null, null, null, null), Current, Bounds, Members);

        // Nobody is a valid aandachtsfunctionaris, and a card without a rhythm (from before it had one) keeps the stored one.
        Assert.Equal(Enum.GetValues<SettingsProblem>().Where(p => p is not SettingsProblem.Aandachtsfunctionaris and not SettingsProblem.Rhythm), result.Problems);
    }

    [Fact]
    public void Validate_EveryTwoWeeks_IsStored()
    {
        var result = SettingsValidator.Validate(Valid with { Rhythm = "EveryTwoWeeks" }, Current, Bounds, Members);

        Assert.Equal(DuoRhythm.EveryTwoWeeks, result.State!.Settings.Rhythm);
    }

    [Fact]
    public void Validate_CardWithoutARhythm_KeepsTheStoredOne()
    {
        var current = Current with { Settings = TeamSettings.Default with { Rhythm = DuoRhythm.EveryTwoWeeks } };

        var result = SettingsValidator.Validate(Valid with { Rhythm = null }, current, Bounds, Members);

        Assert.Equal(DuoRhythm.EveryTwoWeeks, result.State!.Settings.Rhythm);
    }

    [Theory]
    [InlineData("everyTwoWeeks")]
    [InlineData("2")]
    [InlineData("Monthly")]
    public void Validate_TamperedRhythm_IsRefused(string rhythm)
    {
        var result = SettingsValidator.Validate(Valid with { Rhythm = rhythm }, Current, Bounds, Members);

        Assert.False(result.IsValid);
        Assert.Equal([SettingsProblem.Rhythm], result.Problems);
    }
}
