using System.Text.Json;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.EndToEnd.Tests.Fixtures;
using BreedBot.Storage.Acute;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.EndToEnd.Tests;

/// <summary>
/// The acute card and the urgent consult in the Playground's team, where BreedBot is installed. The Playground has
/// no team owners, so nobody can pair duos or choose an aandachtsfunctionaris there: each test puts the people it
/// needs in place through BreedBot's own stores (a rotation with the duo, the team setting), then acts as a person
/// would. The consult's messages go to other users' chats, which the Playground does not stream; that they arrived
/// shows in its connector accepting them, which the card reports.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class AcuteConsultPlaygroundTests(BreedBotInstalledInTeam stack) : IClassFixture<BreedBotInstalledInTeam>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private string ChatId => stack.Config.PersonalChat.Id;

    private string Tenant => stack.Config.TenantId;

    // The Playground's other users: the first is paired with the current user, the second is the aandachtsfunctionaris.
    private (Testing.PlaygroundAccount Partner, Testing.PlaygroundAccount Aandachtsfunctionaris) People => (stack.Config.Users[0], stack.Config.Users[1]);

    private static readonly Dictionary<string, object?>[] ReflectionSteps =
    [
        new() { ["label"] = "casus A", ["form"] = "ChildAbuse", ["children"] = "Yes" },
        new() { ["sources"] = "Angst", ["strength"] = "3", ["trigger"] = "Een boze reactie" },
        new() { ["effects"] = "Postpone" },
        new() { ["goals"] = "ChildSafety" },
        new() { ["helps"] = "KennisEnVaardigheden" },
        new() { ["stage"] = "Consultation", ["acute"] = "No", ["structural"] = "No" },
        new() { ["stepWhat"] = "Advies vragen bij Veilig Thuis", ["stepWith"] = "VeiligThuis", ["stepBy"] = "2030-01-15" },
        new() { ["share"] = "Share" },
    ];

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task SendMessageAsync_Acute_SaysBeforeTheClickWhoAConsultWouldReach(bool partner, bool aandachtsfunctionaris)
    {
        var (partnerName, afName) = await PutInPlaceAsync(partner, aandachtsfunctionaris);

        var card = await TypeAcuteAsync();

        var texts = AcutePlaygroundTests.Texts(card);
        Assert.Equal("Direct danger? Call 112 now.", texts[0]);
        var expected = (partner, aandachtsfunctionaris) switch
        {
            (true, true) => $"- your duo partner {partnerName} and your aandachtsfunctionaris {afName}",
            (true, false) => $"- your duo partner {partnerName}",
            (false, true) => $"- your aandachtsfunctionaris {afName}",
            _ => null,
        };
        if (expected is null)
        {
            Assert.Contains("Call Veilig Thuis for advice — also when in doubt.", texts);
            Assert.DoesNotContain("acute.consult", AcutePlaygroundTests.Verbs(card));
        }
        else
        {
            Assert.Equal([expected], texts.Where(t => t.StartsWith("- ", StringComparison.Ordinal)));
            Assert.Equal("acute.consult", AcutePlaygroundTests.Verbs(card)[0]);
        }
    }

    [Fact]
    public async Task ExecuteActionAsync_VraagNuOmOverleg_ReachesBothAndAPressAgainSendsNothingNew()
    {
        var (partnerName, afName) = await PutInPlaceAsync(partner: true, aandachtsfunctionaris: true);
        await stack.Services.GetRequiredService<UrgentConsultStore>().EraseAsync(Tenant, await KeyOfAsync(stack.Config.CurrentUser.Id), CancellationToken.None);
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "acute");
        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.CardContains("Call 112 now"), Timeout, seen);

        var first = await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "acute.consult", new Dictionary<string, object?> { ["verb"] = "acute.consult" });
        var again = await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "acute.consult", new Dictionary<string, object?> { ["verb"] = "acute.consult" });

        Assert.Equal(AdaptiveCard, first.GetProperty("type").GetString());
        var done = AcutePlaygroundTests.Texts(first.GetProperty("value"));
        Assert.Equal("Direct danger? Call 112 now.", done[0]);
        Assert.Equal($"Done: your duo partner {partnerName} and your aandachtsfunctionaris {afName} have my message that you'd like to consult urgently, with a link to a chat with you. Nothing about the case was in it.", done[2]);
        var repeated = AcutePlaygroundTests.Texts(again.GetProperty("value"));
        Assert.StartsWith("Already asked at ", repeated[2], StringComparison.Ordinal);
        Assert.EndsWith(" — call 112 in direct danger.", repeated[2], StringComparison.Ordinal);
        Assert.Contains(repeated, t => t.StartsWith("From ", StringComparison.Ordinal) && t.EndsWith(" you can ask for a consult again.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendMessageAsync_AcuteInTheChannel_NamesNobodyAndTheButtonShowsWhoOnlyToWhoPresses()
    {
        var (partnerName, _) = await PutInPlaceAsync(partner: true, aandachtsfunctionaris: false);
        var seen = stack.Client.ReceivedCount;

        await stack.Client.SendMessageAsync(stack.TeamId, "acuut", mentionBot: true);

        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(stack.TeamId) && m.CardContains("Call 112 now"), Timeout, seen);
        Assert.False(message.CardContains(partnerName));
        var card = Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
        var open = AcutePlaygroundTests.LastAction(card);
        var mine = await stack.Client.ExecuteActionAsync(message.ConversationId, message.MessageId, "acute.open", AcutePlaygroundTests.Data(open));
        Assert.Contains($"- your duo partner {partnerName}", AcutePlaygroundTests.Texts(mine.GetProperty("value")));
    }

    [Fact]
    public async Task ExecuteActionAsync_AcuteDangerOnTheInvitationAndTheChannelWelcome_OpensTheAcuteCard()
    {
        foreach (var (conversation, message) in new[] { (ChatId, stack.Invitation), (stack.ChannelWelcomeThreadId, stack.ChannelWelcome) })
        {
            var acute = AcutePlaygroundTests.LastAction(Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content);

            var response = await stack.Client.ExecuteActionAsync(conversation, message.MessageId, "acute.open", AcutePlaygroundTests.Data(acute));

            Assert.Equal("acute.open", CardJson.StringOf(acute, "verb"));
            Assert.Equal("Direct danger? Call 112 now.", AcutePlaygroundTests.Texts(response.GetProperty("value"))[0]);
        }
    }

    // A partner's reflection can no longer be started through the channel's welcome card (the only card of theirs the
    // Playground lets a test click): reflection verbs are personal. That acute on a reflection shared with you has no way
    // back to the author's is held by the host test AcuteButtonTests.AcuteOpen_FromThePartnersSharedReflection_HasNoWayBackToTheAuthorsReflection.
    [Fact]
    public async Task ExecuteActionAsUserAsync_PartnerStartsAReflectionFromTheChannelCard_RefusedAndNothingPosted()
    {
        await PutInPlaceAsync(partner: true, aandachtsfunctionaris: false);
        var seen = stack.Client.ReceivedCount;

        var response = await AsPartnerAsync(People.Partner.Id, "reflection.new", []);

        Assert.Equal("application/vnd.microsoft.activity.message", response.GetProperty("type").GetString());
        Assert.Equal("Let's keep that between us: send it to me in a personal message.", response.GetProperty("value").GetString());
        Assert.Equal(seen, stack.Client.ReceivedCount);
    }

    [Fact]
    public async Task ExecuteActionAsync_AcuteDangerOnMyOwnReflection_LeadsBackToIt()
    {
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "reflection");
        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.HasAdaptiveCard, Timeout, seen);
        var card = Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
        if (AcutePlaygroundTests.Verbs(card).Contains("reflection.new"))
        {
            card = (await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "reflection.new", new Dictionary<string, object?>())).GetProperty("value");
        }

        var acute = await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "acute.open", AcutePlaygroundTests.Data(AcutePlaygroundTests.LastAction(card)));
        var back = AcutePlaygroundTests.Verbs(acute.GetProperty("value")).IndexOf("reflection.resume");
        var resumed = await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "reflection.resume",
            AcutePlaygroundTests.Data(acute.GetProperty("value").GetProperty("actions")[back]));

        Assert.Contains("Your reflection can continue afterwards.", AcutePlaygroundTests.Texts(acute.GetProperty("value")));
        Assert.Contains(AcutePlaygroundTests.Texts(resumed.GetProperty("value")), t => t.StartsWith("Step 1 of 8", StringComparison.Ordinal));
    }

    private async Task<JsonElement> TypeAcuteAsync()
    {
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "acute");
        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.CardContains("Call 112 now"), Timeout, seen);
        return Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
    }

    private Task<JsonElement> AsPartnerAsync(string userId, string verb, Dictionary<string, object?> data)
    {
        data["verb"] = verb;
        return stack.Client.ExecuteActionAsUserAsync(userId, stack.ChannelWelcomeThreadId, stack.ChannelWelcome.MessageId, verb, data);
    }

    /// <summary>
    /// The current user and the Playground's first other user joined; a new rotation pairs them (or pairs nobody),
    /// and the team's aandachtsfunctionaris is the second other user (or nobody). Returns the names the card uses.
    /// </summary>
    private async Task<(string Partner, string Aandachtsfunctionaris)> PutInPlaceAsync(bool partner, bool aandachtsfunctionaris)
    {
        var people = People;
        // The current user joins from their invitation; the partner's join is stored (see StoreJoinAsync).
        var joined = await stack.Client.ExecuteActionAsync(ChatId, stack.Invitation.MessageId, "join.submit", new Dictionary<string, object?>
        {
            ["verb"] = "join.submit", ["teamId"] = stack.TeamId, ["role"] = "Wijkteam", ["cluster"] = "SociaalWerk", ["day"] = "Tuesday", ["time"] = "10:00",
        });
        Assert.Equal(AdaptiveCard, joined.GetProperty("type").GetString());
        var me = await KeyOfAsync(stack.Config.CurrentUser.Id);
        var other = await stack.StoreJoinAsync(people.Partner.Id, new MemberProfile(MemberRole.Wijkteam, Beroepscluster.SociaalWerk, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(10, 0)), null, []));
        var af = await KeyOfAsync(people.Aandachtsfunctionaris.Id);
        var duos = stack.Services.GetRequiredService<DuoStore>();
        var current = (await duos.GetCurrentAsync(Tenant, stack.TeamId, CancellationToken.None))?.Rotation ?? 0;
        Assert.True(await duos.TrySaveAsync(Tenant, stack.TeamId, current, new DuoRotation(current + 1, 1, DateTimeOffset.UnixEpoch,
            partner ? [new Duo([me, other], new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(10, 0)), true)] : []), CancellationToken.None));
        await stack.Services.GetRequiredService<TeamStore>().UpdateSettingsAsync(
            Tenant, stack.TeamId, s => s with { AandachtsfunctionarisKey = aandachtsfunctionaris ? af : null }, CancellationToken.None);
        return (people.Partner.Name, people.Aandachtsfunctionaris.Name);
    }

    /// <summary>The data of the card's "next" button (id, step, version) with the step's answers.</summary>
    private static Dictionary<string, object?> NextData(JsonElement card, Dictionary<string, object?> answers)
    {
        var next = CardJson.OfType(card, "Action.Execute").First(a => CardJson.StringOf(a, "verb") == "reflection.next");
        var data = AcutePlaygroundTests.Data(next);
        foreach (var (key, value) in answers)
        {
            data[key] = value;
        }

        return data;
    }

    private async Task<string> KeyOfAsync(string teamsUserId) =>
        (await stack.Services.GetRequiredService<MemberStore>().ListTeamAsync(Tenant, stack.TeamId, CancellationToken.None)).Single(m => m.TeamsUserId == teamsUserId).MemberKey;
}
