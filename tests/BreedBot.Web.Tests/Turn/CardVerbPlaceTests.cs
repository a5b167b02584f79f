using System.Text.Json.Nodes;
using BreedBot.Domain.Commands;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using BreedBot.Web.Turn;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Turn;

/// <summary>
/// Every card verb decides where it may be answered; a personal one sent from a channel or a group chat (a modified
/// client, a forwarded card) is refused to the one who pressed and posts nothing anywhere.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class CardVerbPlaceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    // Reveal nothing about anyone: the numbers for danger, the public meldcode guide, and the team's own things that only
    // owners may change, each checked by its handler — the pairing button on the channel's welcome card, and the
    // settings card and its pool card (sent privately, but left in the channel when the owner could not be reached). A verb added here
    // must be one of those kinds; any other verb is personal.
    private static readonly string[] AnsweredAnywhere =
        ["acute.open", "meldcode.open", "meldcode.step", "meldcode.kader", "pairing.start", "settings.changes", "settings.pool", "settings.pool.back", "settings.pool.join", "settings.pool.leave", "settings.save"];

    private const string GroupChat = "19:meeting-groupchat@thread.v2";

    private BotHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        host.Connector.SetRoster(TestActivities.TeamId, [new StandInMember(TestActivities.UserId, "Alex Wilber", TestActivities.UserAad, UserRole: "owner")]);
        await host.PostAsync(TestActivities.TeamInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.PersonalInstall(host.ServiceUrl));
        await host.PostAsync(TestActivities.Join(host.ServiceUrl, TestActivities.UserId, TestActivities.UserAad));
        await host.SendQueuedAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void Verbs_AnsweredOutsideThePersonalChat_AreOnlyThoseThatRevealNothing()
    {
        var anywhere = Registry().Verbs.Where(v => v.Place != CommandPlace.PersonalChat).Select(v => v.Name).Order(StringComparer.Ordinal);

        Assert.Equal(AnsweredAnywhere.Order(StringComparer.Ordinal), anywhere);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    [InlineData("group without a type")]
    public async Task CardAction_EveryPersonalVerbOutsideThePersonalChat_IsRefusedKindlyAndPostsNothing(string conversationType)
    {
        var personal = Registry().Verbs.Where(v => v.Place == CommandPlace.PersonalChat).Select(v => v.Name).ToList();
        Assert.Contains("mydata.export", personal);

        foreach (var verb in personal)
        {
            var before = host.Connector.Requests.Count;

            var answer = await host.PostAsync(Elsewhere(verb, conversationType));
            await host.AfterReplyDoneAsync();
            await host.SendQueuedAsync();

            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(body.Contains("stuur het me in een persoonlijk bericht", StringComparison.Ordinal), $"{verb}: {body}");
            Assert.True(host.Connector.Requests.Count == before, $"{verb} sent {string.Join(", ", host.Connector.Requests.Skip(before).Select(r => r.Method + " " + r.Path))}");
        }
    }

    [Fact]
    public async Task CardAction_PersonalVerbInAnEnglishChannel_IsRefusedInEnglish()
    {
        var answer = await host.PostAsync(Elsewhere("mydata.export", "channel", "en-US"));

        Assert.Contains("send it to me in a personal message", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardAction_VerbThatRevealsNothingFromAChannel_IsAnswered()
    {
        foreach (var verb in AnsweredAnywhere.Where(v => v != "pairing.start" && !v.StartsWith("settings.", StringComparison.Ordinal)))
        {
            var answer = await host.PostAsync(Elsewhere(verb, "channel"));

            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(body.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal), $"{verb}: {body}");
        }
    }

    private HandlerRegistry Registry() => host.Services.CreateScope().ServiceProvider.GetRequiredService<HandlerRegistry>();

    private JsonObject Elsewhere(string verb, string conversationType, string locale = "nl-NL")
    {
        var activity = TestActivities.CardAction(host.ServiceUrl, verb, locale);
        // What a tampered card would carry: every id a handler might read.
        activity["value"]!["action"]!["data"] = new JsonObject
        {
            ["verb"] = verb,
            ["teamId"] = TestActivities.TeamId,
            ["reflectionId"] = "r-1",
            ["step"] = 1,
            ["question"] = 1,
            ["lang"] = locale,
        };
        if (conversationType == "channel")
        {
            activity["conversation"] = new JsonObject { ["id"] = TestActivities.TeamId + ";messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TestActivities.Tenant };
            activity["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = TestActivities.Tenant },
                ["team"] = new JsonObject { ["id"] = TestActivities.TeamId, ["name"] = "Wijkteam Noord" },
                ["channel"] = new JsonObject { ["id"] = TestActivities.TeamId },
            };
        }
        else if (conversationType == "groupChat")
        {
            activity["conversation"] = new JsonObject { ["id"] = GroupChat, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = TestActivities.Tenant };
        }
        else
        {
            activity["conversation"] = new JsonObject { ["id"] = GroupChat, ["isGroup"] = true, ["tenantId"] = TestActivities.Tenant };
        }

        return activity;
    }
}
