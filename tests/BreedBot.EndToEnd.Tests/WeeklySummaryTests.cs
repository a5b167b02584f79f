using BreedBot.EndToEnd.Tests.Fixtures;
using BreedBot.Web.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.EndToEnd.Tests;

/// <summary>
/// The scheduled weekly summary reaching the Agents Playground's team channel through the
/// scheduler, the outbox and its send worker. The Playground reports every member with userRole
/// "user" (hard-coded in its roster code, not configurable), so nobody there is an owner and
/// "@BreedBot overzicht" can only be refused; the scheduled post needs no owner.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class WeeklySummaryTests(BreedBotInstalledInTeam team) : IClassFixture<BreedBotInstalledInTeam>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // Friday 7 June 2030, 15:00 in Amsterdam (summer time): far from any real summary moment of the test run.
    private static readonly DateTimeOffset Friday = new(2030, 6, 7, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Scheduler_AtTheTeamsSummaryTime_PostsTheSummaryCardOnceInTheChannel()
    {
        var job = team.Services.GetRequiredService<SchedulerJob>();
        var seen = team.Client.ReceivedCount;

        var first = await job.RunOnceAsync(Friday.AddMinutes(1), CancellationToken.None);
        var second = await job.RunOnceAsync(Friday.AddMinutes(2), CancellationToken.None);

        // The team's language: the Playground installs BreedBot in the team from an en-US client.
        var card = await team.Client.WaitForMessageAsync(m => m.IsIn(team.TeamId) && m.CardContains("Our week in BreedBot"), Timeout, seen);
        Assert.True(card.CardContains("Week 23, 2030"));
        Assert.True(card.CardContains("Tip of the week"));
        Assert.True(first.Acted >= 1);
        Assert.Equal(0, second.Acted);
    }

    [Fact]
    public async Task Overzicht_PlaygroundMembersAreNeverOwners_KindRefusalInPrivate()
    {
        var seen = team.Client.ReceivedCount;

        await team.Client.SendMessageAsync(team.TeamId, "overzicht", mentionBot: true);

        // The Playground's client speaks English. The refusal is the asker's alone: it comes in their personal chat, and
        // the channel thread only hears that it does.
        var reply = await team.Client.WaitForMessageAsync(m => m.Text?.Contains("\nOnly owners of this team can post the summary on request", StringComparison.Ordinal) == true, Timeout, seen);
        Assert.False(reply.HasAdaptiveCard);
        Assert.False(reply.IsIn(team.TeamId));
        await team.Client.WaitForMessageAsync(m => m.IsIn(team.TeamId) && m.Text == "I'll send you that in a personal message.", Timeout, seen);
    }
}
