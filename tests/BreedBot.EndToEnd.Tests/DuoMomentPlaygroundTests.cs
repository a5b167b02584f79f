using System.Text.Json;
using BreedBot.Domain.Members;
using BreedBot.Domain.Pairing;
using BreedBot.EndToEnd.Tests.Fixtures;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Pairing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.EndToEnd.Tests;

/// <summary>
/// 'duo-moment' through the Microsoft 365 Agents Playground: two members join, are paired, and the current user types
/// 'duo-moment' in the personal chat; the card's step and check-in are Action.Execute answered in place.
/// </summary>
/// <remarks>
/// The Playground reports every member with userRole "user" (see <see cref="JoiningAndPairingScenarios"/>), so no
/// owner can ask for the pairing there: the test runs the bot's own pairing round — what the owner's command or the
/// rotation runs — against the same storage, then everything else goes through the Playground.
/// </remarks>
[Collection(SharedAzurite.Name)]
public sealed class DuoMomentPlaygroundTests(BreedBotInstalledInTeam stack) : IClassFixture<BreedBotInstalledInTeam>
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private string ChatId => stack.Config.PersonalChat.Id;

    [Fact]
    public async Task DuoMoment_TypedInAPairedTeam_TheGuideCardWhoseStepAndCheckInAnswerInPlace()
    {
        await PairedAsync();
        var seen = stack.Client.ReceivedCount;

        await stack.Client.SendMessageAsync(ChatId, "duo-moment");

        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.CardContains("Your 15 minutes"), Timeout, seen);
        var card = Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content;
        var texts = CardJson.OfType(card, "TextBlock").Select(b => CardJson.StringOf(b, "text")).ToList();
        Assert.Equal("Your duo moment", texts[0]);
        Assert.Contains("1 · Bring in (5 min)", texts);
        Assert.Contains("• What would you do if you were not afraid?", texts);
        var data = Data(card, "duo.step");

        var stepped = await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "duo.step", With(data, ("stepWhat", "Ask Veilig Thuis for advice"), ("stepBy", "2030-01-15")));

        Assert.Equal(AdaptiveCard, stepped.GetProperty("type").GetString());
        Assert.Contains(CardJson.OfType(stepped.GetProperty("value"), "TextBlock"), b => CardJson.StringOf(b, "text") == "Your step is set. On Tuesday 15 January BreedBot asks you how it went.");

        Assert.Equal("Your duo moment", CardJson.StringOf(CardJson.OfType(stepped.GetProperty("value"), "TextBlock").First(), "text"));

        var checkedIn = await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "duo.checkin", With(data, ("what", "CaseDiscussed"), ("usefulness", "4")));

        Assert.Contains(CardJson.OfType(checkedIn.GetProperty("value"), "TextBlock"), b => CardJson.StringOf(b, "text") == "Done this week: discussed a case · usefulness 4/5");
    }

    [Fact]
    public async Task DuoMoment_IdentifyingStep_ComesBackWithTheTextKept()
    {
        await PairedAsync();
        var seen = stack.Client.ReceivedCount;
        await stack.Client.SendMessageAsync(ChatId, "duo talk");
        var message = await stack.Client.WaitForMessageAsync(m => m.IsIn(ChatId) && m.CardContains("Your 15 minutes"), Timeout, seen);
        var data = Data(Assert.Single(message.Attachments, a => a.IsAdaptiveCard).Content, "duo.step");

        var refused = await stack.Client.ExecuteActionAsync(ChatId, message.MessageId, "duo.step", With(data, ("stepWhat", "Call mevrouw Jansen"), ("stepBy", "2030-01-15")));

        var card = refused.GetProperty("value");
        Assert.Equal("Call mevrouw Jansen", CardJson.InputValue(card, "stepWhat"));
        Assert.NotEmpty(CardJson.AttentionTexts(card));
    }

    /// <summary>
    /// The current user and the first other user join, and the bot's own pairing round pairs them; a test that finds
    /// the team paired already (the class shares one stack; xunit runs its tests one by one) uses that duo.
    /// </summary>
    private async Task PairedAsync()
    {
        using var scope = stack.Services.CreateScope();
        var services = scope.ServiceProvider;
        var team = (await services.GetRequiredService<TeamStore>().ListInstalledAsync(CancellationToken.None)).Single(t => t.TeamId == stack.TeamId);
        if (await services.GetRequiredService<DuoStore>().GetCurrentAsync(team.TenantId, team.TeamId, CancellationToken.None) is not null)
        {
            return;
        }

        await stack.Client.ExecuteActionAsync(ChatId, stack.Invitation.MessageId, "join.submit", Answers());
        await stack.StoreJoinAsync(stack.Config.Users[0].Id, new MemberProfile(MemberRole.Wijkteam, Beroepscluster.SociaalWerk, new WeeklyMoment(DayOfWeek.Tuesday, new TimeOnly(10, 0)), 5, []));
        var answer = await services.GetRequiredService<TeamPairing>().PairAsync(team, PairingTexts.For(UserLanguage.English), CancellationToken.None);
        Assert.StartsWith("Done", answer, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Answers() => new()
    {
        ["verb"] = "join.submit",
        ["teamId"] = stack.TeamId,
        ["role"] = "Wijkteam",
        ["cluster"] = "SociaalWerk",
        ["day"] = "Tuesday",
        ["time"] = "10:00",
        ["years"] = "5",
        ["notWith"] = "",
    };

    private static Dictionary<string, object?> Data(JsonElement card, string verb)
    {
        var action = CardJson.OfType(card, "Action.Execute").First(a => CardJson.StringOf(a, "verb") == verb);
        return action.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> data, params (string Key, string Value)[] inputs)
    {
        var merged = new Dictionary<string, object?>(data);
        foreach (var (key, value) in inputs)
        {
            merged[key] = value;
        }

        return merged;
    }
}
