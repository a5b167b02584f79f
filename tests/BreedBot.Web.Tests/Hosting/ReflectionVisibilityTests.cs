using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// Who can see a reflection: the partner it was shared with, nobody for a private one, and after
/// the duo is re-formed only the new partner receives newly shared reflections.
/// </summary>
[Collection(SharedAzurite.Name)]
public sealed class ReflectionVisibilityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string BoAad = "aad-bo";
    private const string CasAad = "aad-cas";

    private BotHost host = null!;
    private ReflectionHarness harness = null!;

    public async Task InitializeAsync()
    {
        host = await BotHost.StartAsync(azurite.ConnectionString);
        harness = new ReflectionHarness(host);
        await harness.SetUpDuoAsync(("29:1bo", "Bo de Wit", BoAad), ("29:1cas", "Cas Smit", CasAad));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Partner_SharedReflection_CanOpenItsAnswers()
    {
        var partner = Assert.Single(await PartnersOfAlexAsync());
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        var id = await OnlyReflectionIdAsync();

        // An empty response shows the shared card again, with the answers, to the partner only.
        var answer = await harness.InvokeAsync("reflection.respond", new JsonObject { ["authorKey"] = TestActivities.UserAad, ["reflectionId"] = id }, IdOf(partner), partner);

        Assert.Equal(200, answer["statusCode"]!.GetValue<int>());
        Assert.Contains("deelt een reflectie: casus A", Text(CardOf(answer)), StringComparison.Ordinal);
        Assert.Contains("Advies vragen bij Veilig Thuis", Text(CardOf(answer)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_PrivateReflection_GetsNothing()
    {
        var partner = Assert.Single(await PartnersOfAlexAsync());
        await harness.CompleteAsync(await harness.SayAsync("reflectie"), step => step == 8 ? new JsonObject { ["share"] = "Private" } : ValidAnswers[step].DeepClone().AsObject());
        var id = await OnlyReflectionIdAsync();

        var answer = await harness.InvokeAsync("reflection.respond", new JsonObject { ["authorKey"] = TestActivities.UserAad, ["reflectionId"] = id, ["response"] = "Goed gedaan" }, IdOf(partner), partner);

        Assert.Equal(404, answer["statusCode"]!.GetValue<int>());
        Assert.DoesNotContain("casus A", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(harness.SharedCards());
        Assert.DoesNotContain("Goed gedaan", Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName)).GetString("Document"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_AfterTheDuoIsReformed_ReachesTheNewPartnerNotTheOldOne()
    {
        var old = Assert.Single(await PartnersOfAlexAsync());
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "wissel", id: "swap-1"));
        var now = Assert.Single(await PartnersOfAlexAsync());
        Assert.NotEqual(old, now);

        await harness.CompleteAsync(await harness.SayAsync("reflectie"));

        var chats = await harness.ChatsAsync();
        var shared = Assert.Single(harness.SharedCards());
        Assert.Contains(chats[now], shared.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.SharedCards(), r => chats.TryGetValue(old, out var oldChat) && r.Path.Contains(oldChat, StringComparison.Ordinal));
        var id = await OnlyReflectionIdAsync();
        var oldTries = await harness.InvokeAsync("reflection.respond", new JsonObject { ["authorKey"] = TestActivities.UserAad, ["reflectionId"] = id, ["response"] = "Hoi" }, IdOf(old), old);
        Assert.Equal(404, oldTries["statusCode"]!.GetValue<int>());
    }

    private static string IdOf(string aad) => aad switch
    {
        AnaAad => AnaId,
        BoAad => "29:1bo",
        _ => "29:1cas",
    };

    private async Task<string> OnlyReflectionIdAsync() =>
        JsonNode.Parse(Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName)).GetString("Document"))!["Id"]!.GetValue<string>();

    private async Task<string[]> PartnersOfAlexAsync()
    {
        var rows = (await host.RowsAsync(StorageTables.DuosName)).Where(r => r.RowKey != "state");
        var mine = rows.Select(r => r.GetString("Members")!.Split(',')).Single(m => m.Contains(TestActivities.UserAad));
        return [.. mine.Where(m => m != TestActivities.UserAad).Order()];
    }
}
