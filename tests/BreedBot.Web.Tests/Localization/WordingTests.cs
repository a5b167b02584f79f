using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Web.DuoWeeks;
using BreedBot.Web.Help;
using BreedBot.Web.Installation;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;
using BreedBot.Web.Outbound;
using BreedBot.Web.Pairing;
using BreedBot.Web.Status;
using BreedBot.Web.CourageStories;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Localization;

/// <summary>The wording fixes of issue 20, read from the bound card JSON or the sent text, in both languages.</summary>
public sealed class WordingTests
{
    private static readonly TeamInstallation Team = new("tenant", "19:noord@thread.tacv2", "Wijkteam Noord", null,
        new ConversationAddress("https://smba.example/", "19:noord@thread.tacv2", "tenant"), InstallationStatus.Installed, DateTimeOffset.UnixEpoch, null);

    [Theory]
    [InlineData(UserLanguage.Dutch, "Even een seintje: jullie duomoment in Wijkteam Noord", "De knoppen op de herinnering werken nog.")]
    [InlineData(UserLanguage.English, "Just a reminder: your duo moment in Wijkteam Noord", "The buttons on the reminder still work.")]
    public void DuoNudge_ASeintjeThatNamesNoDay(UserLanguage language, string opening, string buttons)
    {
        var texts = DuoWeekTexts.For(language);
        var card = CardText.AllText(NoticeCard.Render(language, texts.NudgeTitle, texts.Nudge("Wijkteam Noord")).Content);

        Assert.Contains(opening, card, StringComparison.Ordinal);
        Assert.Contains(buttons, card, StringComparison.Ordinal);
        Assert.DoesNotContain("yesterday", card, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("gisteren", card, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Je pauzeert tot en met 1 maart 2027. Daarna doe je vanzelf weer mee.")]
    [InlineData(UserLanguage.English, "You're paused up to and including 1 March 2027. After that you take part again automatically.")]
    public void Paused_SaysUntilWhen(UserLanguage language, string expected)
    {
        Assert.Equal(expected, MembersTexts.For(language).Paused(language == UserLanguage.English ? "1 March 2027" : "1 maart 2027"));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Toch liever niet? Stuur 'deel een moedig moment'")]
    [InlineData(UserLanguage.English, "Changed your mind? Send 'share a brave moment'")]
    public void CourageSaved_OffersToWithdrawKindly(UserLanguage language, string expected)
    {
        Assert.Contains(expected, CardText.AllText(CourageStoryTexts.Saved(language, Team).Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Kies voor welk team het is. Je tekst staat er nog.")]
    [InlineData(UserLanguage.English, "Choose which team it is for. Your text is still here.")]
    public void CourageChooseTeam_AsksPlainly(UserLanguage language, string expected)
    {
        Assert.Equal(expected, CourageStoryTexts.ChooseTeam(language));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, 1, "1 deelnemer kon ik niet koppelen", "die heeft persoonlijk bericht gehad")]
    [InlineData(UserLanguage.Dutch, 2, "2 deelnemers kon ik niet koppelen", "zij hebben persoonlijk bericht gehad")]
    [InlineData(UserLanguage.English, 1, "1 participant could not be paired", "they have been told")]
    [InlineData(UserLanguage.English, 3, "3 participants could not be paired", "they have been told")]
    public void Unsatisfiable_CountsInTheRightNumber(UserLanguage language, int unplaced, string count, string told)
    {
        var text = PairingTexts.For(language).Unsatisfiable(unplaced, proven: true);

        Assert.StartsWith(count, text, StringComparison.Ordinal);
        Assert.Contains(told, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, 1, "Uitnodigingen: 1 van 1 uitnodiging bezorgd.", "Deze week (2027-W07): 1 van 1 herinnering bezorgd.")]
    [InlineData(UserLanguage.Dutch, 2, "Uitnodigingen: 2 van 2 uitnodigingen bezorgd.", "Deze week (2027-W07): 2 van 2 herinneringen bezorgd.")]
    [InlineData(UserLanguage.English, 1, "Invitations: 1 of 1 invitation delivered.", "This week (2027-W07): 1 of 1 reminder delivered.")]
    [InlineData(UserLanguage.English, 2, "Invitations: 2 of 2 invitations delivered.", "This week (2027-W07): 2 of 2 reminders delivered.")]
    public void Status_NounFollowsTheCount(UserLanguage language, int each, string invitations, string reminders)
    {
        var week = new IsoWeek(2027, 7);
        var records = Enumerable.Range(0, each).SelectMany(i => new[]
        {
            Sent(week, $"invitation/{i}", MessageKinds.Invitation),
            Sent(week, $"reminder/{i}", DuoWeekKinds.DuoReminder),
        }).ToList();

        var report = StatusTexts.For(language).Report(week, records, []);

        Assert.Contains(invitations, report, StringComparison.Ordinal);
        Assert.Contains(reminders, report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Korte reflecties op een casus volgen nog", "Reflecties: alleen wie ze schrijft ziet ze", "Moedige momenten die iemand deelt")]
    [InlineData(UserLanguage.English, "Short reflections on a case are still to come", "Reflections: only their author sees them", "Brave moments someone shared")]
    public void TeamWelcome_SaysWhatBreedBotDoesAndStoresToday(UserLanguage language, string outdated, string reflections, string stories)
    {
        var card = CardText.AllStrings(WelcomeTeamCard.Render(language).Content);

        Assert.DoesNotContain(outdated, card, StringComparison.Ordinal);
        Assert.Contains(reflections, card, StringComparison.Ordinal);
        Assert.Contains(stories, card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "BreedBot groeit nog")]
    [InlineData(UserLanguage.English, "still growing")]
    public void HelpCard_NoLongerSaysItIsGrowing(UserLanguage language, string outdated)
    {
        Assert.DoesNotContain(outdated, CardText.AllStrings(HelpCard.Render(language).Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Direct gevaar? Bel nu 112. Daarna Veilig Thuis")]
    [InlineData(UserLanguage.English, "Direct danger? Call 112 now. Then Veilig Thuis")]
    public void HelpCard_AcuteLineOpensWithTheOneHeadline(UserLanguage language, string expected)
    {
        Assert.Contains(expected, CardText.AllStrings(HelpCard.Render(language).Content), StringComparison.Ordinal);
    }

    private static DeliveryRecord Sent(IsoWeek week, string occurrence, string kind) =>
        new("tenant", "team", week.ToString(), occurrence, "member-" + occurrence, kind, DeliveryOutcome.Sent, DateTimeOffset.UnixEpoch);
}
