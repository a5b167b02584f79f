using System.Text.Json.Nodes;
using BreedBot.Storage.Teams;
using BreedBot.Storage.Users;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Kernel;

/// <summary>
/// Every message BreedBot sends by itself speaks the recipient's language: the locale of their own messages in their
/// chat, else the team's (its install's), else Dutch. Per kind: invitation, duo card, duo notice, reminder, nudge,
/// the partner's card shown after a check-in, the weekly summary and the rotation's count in the channel.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ProactiveLanguageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string AnaAad = "aad-ana";
    private const string AnaChat = "a:1ana-chat";
    private BotHost host = null!;
    private ReminderHarness duo = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduler:RunLoop"] = "false" });
        duo = new ReminderHarness(host);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Invitation_TeamInstalledInEnglish_EveryoneInvitedInEnglish()
    {
        host.Connector.SetRoster(TestActivities.TeamId, ReminderHarness.Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));

        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, locale: "en-US"));
        await host.SendQueuedAsync();

        Assert.Equal(["BreedBot: join your team's duos", "BreedBot: join your team's duos"], Summaries(r => Summary(r).Contains("join", StringComparison.Ordinal) || Summary(r).Contains("doe mee", StringComparison.Ordinal)));
    }

    // Teams (and the Agents Playground) announce one install twice, side by side: the installationUpdate with the
    // installer's locale and a teamMemberAdded conversationUpdate naming the bot, without one. Whichever comes first,
    // the invitations and the welcome speak the install's language.
    [Fact]
    public async Task Invitation_MemberAddedEventWithoutLocaleBeforeTheInstallEvent_EveryoneInvitedInTheInstallsLanguage()
    {
        host.Connector.SetRoster(TestActivities.TeamId, ReminderHarness.Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        var botAdded = TestActivities.TeamInstall(host.ServiceUrl);
        botAdded.Remove("locale");

        await host.PostAsync(botAdded);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate", locale: "en-US"));
        await host.SendQueuedAsync();

        Assert.Equal(["BreedBot: join your team's duos", "BreedBot: join your team's duos"], Summaries(r => Summary(r).Contains("join", StringComparison.Ordinal) || Summary(r).Contains("doe mee", StringComparison.Ordinal)));
        Assert.Equal(["BreedBot: welcome"], Summaries(r => Summary(r) is "BreedBot: welcome" or "BreedBot: welkom"));
    }

    [Fact]
    public async Task Invitation_MemberAddedEventInAnotherLocaleAfterTheInstallEvent_TheInstallsLanguageStays()
    {
        host.Connector.SetRoster(TestActivities.TeamId, ReminderHarness.Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));

        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, "installationUpdate", locale: "en-US"));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, locale: "nl-NL"));
        await host.SendQueuedAsync();

        var team = await host.Services.GetRequiredService<TeamStore>().GetAsync(TestActivities.Tenant, TestActivities.TeamId, CancellationToken.None);
        Assert.Equal("en-US", team!.Locale);
        Assert.Equal(["BreedBot: join your team's duos", "BreedBot: join your team's duos"], Summaries(r => Summary(r).Contains("join", StringComparison.Ordinal) || Summary(r).Contains("doe mee", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Invitation_MemberKnownInEnglishInADutchTeam_OnlyTheirsInEnglish()
    {
        await KnowAnaAsync("en-GB");
        host.Connector.SetRoster(TestActivities.TeamId, ReminderHarness.Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));

        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();

        Assert.Equal(["BreedBot: join your team's duos"], SummariesTo(AnaChat));
        Assert.Contains(host.Connector.Requests, r => Summary(r) == "BreedBot: doe mee met duo's" && !r.Path.Contains(AnaChat, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DuoCardReminderNudgeAndNotice_MemberKnownInEnglish_TheirsInEnglishTheOthersInDutch()
    {
        await SetUpDuoWithAnaInEnglishAsync();
        Assert.Contains("BreedBot: your duo", SummariesTo(AnaChat));
        Assert.Contains(host.Connector.Requests, r => Summary(r) == "BreedBot: je duo");

        await duo.AtAsync(ReminderHarness.Moment.AddMinutes(1));
        Assert.Contains("BreedBot: your duo moment", SummariesTo(AnaChat));
        Assert.Single(host.Connector.Requests, r => Summary(r) == "BreedBot: je duomoment");

        await duo.AtAsync(ReminderHarness.Moment.AddDays(1).AddMinutes(1));
        Assert.Contains("BreedBot: update", SummariesTo(AnaChat));
        Assert.Single(host.Connector.Requests, r => Summary(r) == "BreedBot: bericht");

        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "stop", id: "stop-1"));
        await host.SendQueuedAsync();
        Assert.Contains(TextsTo(AnaChat), t => t.Contains("no longer takes part in this team", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartnerCard_AfterCheckIn_ShownInThePartnersLanguage()
    {
        await SetUpDuoWithAnaInEnglishAsync();
        await duo.AtAsync(ReminderHarness.Moment.AddMinutes(1));

        await duo.AnswerAsync(ReminderHarness.Roster[0], "duo.checkin", duo.ReminderData(), ("what", "CaseDiscussed"));

        var update = Assert.Single(duo.CardUpdates());
        Assert.Contains(AnaChat, update.Path, StringComparison.Ordinal);
        Assert.Equal("en-GB", update.Json!["locale"]!.GetValue<string>());
        Assert.Equal("BreedBot: your duo moment", Summary(update));
    }

    [Fact]
    public async Task SummaryAndRotationCount_TeamInstalledInEnglish_PostedInEnglish()
    {
        host.Connector.SetRoster(TestActivities.TeamId, ReminderHarness.Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl, locale: "en-US"));
        await host.SendQueuedAsync();

        // Friday 19 February 2027, 15:01 in Amsterdam: the default summary moment.
        await duo.AtAsync(new DateTimeOffset(2027, 2, 19, 14, 1, 0, TimeSpan.Zero));

        Assert.Single(host.Connector.Requests, r => Summary(r) == "BreedBot: weekly summary");
        Assert.DoesNotContain(host.Connector.Requests, r => Summary(r) == "BreedBot: weekoverzicht");
    }

    [Fact]
    public async Task LanguageSeenInTheChat_KeptForWhatComesLater()
    {
        await KnowAnaAsync(null);
        var message = TestActivities.PersonalMessage(host.ServiceUrl, "help", "en-US", "ana-help");
        message["from"] = new JsonObject { ["id"] = "29:1ana", ["aadObjectId"] = AnaAad, ["name"] = "Ana Jansen" };
        var channel = TestActivities.ChannelMessage(host.ServiceUrl, "help", "29:1ana", AnaAad, "ana-channel");
        channel["locale"] = "de-DE";

        await host.PostAsync(message);
        await host.PostAsync(channel);
        await host.AfterReplyDoneAsync();

        var chat = await host.Services.GetRequiredService<UserConversationStore>().GetAsync(TestActivities.Tenant, AnaAad, CancellationToken.None);
        Assert.Equal("en-US", chat!.Locale);
    }

    /// <summary>Alex and Ana join, Ana from an English Teams (her card action carries its locale), and Alex pairs them.</summary>
    private async Task SetUpDuoWithAnaInEnglishAsync()
    {
        await KnowAnaAsync(null);
        host.Connector.SetRoster(TestActivities.TeamId, ReminderHarness.Roster.Select(p => new StandInMember(p.Id, p.Name, p.Aad, UserPrincipalName: p.Aad + "@noord.example", UserRole: p.Role)));
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.SendQueuedAsync();
        await host.PostAsync(TestActivities.Join(host.ServiceUrl, TestActivities.UserId, TestActivities.UserAad));
        var ana = TestActivities.Join(host.ServiceUrl, "29:1ana", AnaAad);
        ana["locale"] = "en-US";
        await host.PostAsync(ana);
        await host.AfterReplyDoneAsync();
        await host.PostAsync(TestActivities.ChannelMessage(host.ServiceUrl, "koppel duo's"));
        await host.Connector.WaitForRequestAsync(r => r.Json?["text"]?.GetValue<string>()?.StartsWith("Gelukt", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(10));
        await host.SendQueuedAsync();
    }

    private Task<bool> KnowAnaAsync(string? locale) =>
        host.Services.GetRequiredService<UserConversationStore>().RecordInstallAsync(
            TestActivities.Tenant, AnaAad, new Domain.Teams.ConversationAddress(host.ServiceUrl, AnaChat, TestActivities.BotId), locale, CancellationToken.None);

    private static string Summary(RecordedRequest r) => r.Json?["summary"]?.GetValue<string>() ?? "";

    private List<string> Summaries(Func<RecordedRequest, bool> match) =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Json?["attachments"] is JsonArray && match(r)).Select(Summary)];

    private List<string> SummariesTo(string chat) => Summaries(r => r.Path.Contains(chat, StringComparison.Ordinal));

    private List<string> TextsTo(string chat) =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.Path.Contains(chat, StringComparison.Ordinal)).Select(r => r.Json?["text"]?.GetValue<string>()).OfType<string>()];
}
