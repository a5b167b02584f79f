using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using BreedBot.Web.Tests.Privacy;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

/// <summary>
/// Markers in every free-text field of a reflection, the partner's response and a follow-up: they may
/// reach the author and, only when the author shares, the duo partner; never a log, a trace, the
/// channel or a notification preview.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionCanaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly CapturedLogs logs = new();
    private readonly CapturedTelemetry telemetry = new();
    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString, CanaryScan.Instrumented(), logs);
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync();
    }

    public async Task DisposeAsync()
    {
        telemetry.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task SharedReflection_MarkersInEveryField_ReachOnlyTheAuthorAndThePartner()
    {
        var marker = Marker();
        var first = await harness.SayAsync("reflectie");
        var id = NextData(first)["reflectionId"]!.GetValue<string>();

        await harness.CompleteAsync(first, step => Answers(step, marker, share: true));

        var shared = await host.Connector.WaitForRequestAsync(r => r.Body.Contains("reflection.respond", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var anaChat = ConversationOf(shared.Path);
        var respond = Action(shared.Json!["attachments"]![0]!["content"]!, "reflection.respond")["data"]!.DeepClone().AsObject();
        var reply = Marker();
        respond["response"] = "Goed plan " + reply;
        Assert.Equal(200, (await harness.InvokeAsync("reflection.respond", respond, AnaId, AnaAad))["statusCode"]!.GetValue<int>());
        await host.Connector.WaitForRequestAsync(r => r.Path.Contains(TestActivities.PersonalConversation, StringComparison.Ordinal) && r.Body.Contains(reply, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var followUp = Marker();
        Assert.Equal(200, (await AnswerFollowUpAsync(id, followUp))["statusCode"]!.GetValue<int>());

        Assert.NotEqual(TestActivities.PersonalConversation, anaChat);
        string[] both = [TestActivities.PersonalConversation, anaChat];
        CanaryScan.AssertNowhereButAllowedChats(marker, logs, telemetry, host.Connector.Requests, both);
        CanaryScan.AssertNowhereButAllowedChats(reply, logs, telemetry, host.Connector.Requests, both);
        CanaryScan.AssertNowhereButAllowedChats(followUp, logs, telemetry, host.Connector.Requests, [TestActivities.PersonalConversation]);
    }

    [Fact]
    public async Task PrivateReflection_MarkersInEveryField_ReachOnlyTheAuthor()
    {
        var marker = Marker();
        var first = await harness.SayAsync("reflectie");
        var id = NextData(first)["reflectionId"]!.GetValue<string>();

        var summary = await harness.CompleteAsync(first, step => Answers(step, marker, share: false));
        var followUp = Marker();
        Assert.Equal(200, (await AnswerFollowUpAsync(id, followUp))["statusCode"]!.GetValue<int>());

        // The marker did go somewhere: back to the author, in the summary card.
        Assert.Contains(marker, Text(CardOf(summary)), StringComparison.Ordinal);
        CanaryScan.AssertNowhereButAllowedChats(marker, logs, telemetry, host.Connector.Requests, [TestActivities.PersonalConversation]);
        CanaryScan.AssertNowhereButAllowedChats(followUp, logs, telemetry, host.Connector.Requests, [TestActivities.PersonalConversation]);
    }

    private Task<JsonObject> AnswerFollowUpAsync(string reflectionId, string marker) =>
        harness.InvokeAsync("reflection.followup", new JsonObject
        {
            ["reflectionId"] = reflectionId,
            ["round"] = "0",
            ["outcome"] = "Deels",
            ["happened"] = "Gesprek gevoerd " + marker,
            ["helped"] = "Mijn duo " + marker,
            ["newWhat"] = "Opnieuw bellen " + marker,
            ["newWith"] = "VeiligThuis",
            ["newBy"] = DateOnly.FromDateTime(host.Time.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

    private static JsonObject Answers(int step, string marker, bool share)
    {
        var answers = ValidAnswers[step].DeepClone().AsObject();
        switch (step)
        {
            case 1: answers["label"] = "casus " + marker; break;
            case 2: answers["trigger"] = "Het gesprek over " + marker; break;
            case 3: answers["effects"] = "Other"; answers["effectText"] = "Ik wacht af " + marker; break;
            case 4: answers["goals"] = "Other"; answers["goalText"] = "Rust voor " + marker; break;
            case 7: answers["stepWhat"] = "Overleggen over " + marker; break;
            case 8: answers["share"] = share ? "Share" : "Private"; break;
        }

        return answers;
    }

    private static string ConversationOf(string path)
    {
        const string prefix = "/v3/conversations/";
        var rest = path[prefix.Length..];
        return Uri.UnescapeDataString(rest[..rest.IndexOf('/', StringComparison.Ordinal)]);
    }

    // Letters only: digits could look like a phone or case number to the privacy guard.
    private static string Marker() => "canary" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12);
}
