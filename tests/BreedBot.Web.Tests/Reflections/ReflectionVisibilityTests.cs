using System.Text.Json.Nodes;
using BreedBot.Storage;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using static BreedBot.Web.Tests.Hosting.ReflectionHarness;

namespace BreedBot.Web.Tests.Reflections;

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
        var question = await host.Connector.WaitForRequestAsync(r => r.Path.EndsWith("/activities/swap-1", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await host.PostAsync(new Pairing.SwapHarness(host).Press(Pairing.SwapHarness.ButtonData(question)));
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

    [Fact]
    public async Task PartnerErasesTheirData_TheirResponseLeavesTheAuthorsReflection()
    {
        var partner = Assert.Single(await PartnersOfAlexAsync());
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        var id = await OnlyReflectionIdAsync();
        const string Response = "Sterk dat je dit oppakt, dinsdag even bellen?";
        var responded = await harness.InvokeAsync("reflection.respond", new JsonObject { ["authorKey"] = TestActivities.UserAad, ["reflectionId"] = id, ["response"] = Response }, IdOf(partner), partner);
        Assert.Contains("Je reactie:", Text(CardOf(responded)), StringComparison.Ordinal);

        // The partner's own data lists what was shared with them and their response.
        var before = host.Connector.Requests.Count;
        await harness.InvokeAsync("mydata.export", new JsonObject(), IdOf(partner), partner);
        var export = Text(Assert.Single(host.Connector.Requests.Skip(before), r => r.Body.Contains("Met jou gedeelde reflecties", StringComparison.Ordinal)).Json!);
        Assert.Contains("Met jou gedeelde reflecties", export, StringComparison.Ordinal);
        Assert.Contains($"Je reactie 15 februari 2027: {Response}", export, StringComparison.Ordinal);

        var erased = await harness.InvokeAsync("mydata.delete", new JsonObject(), IdOf(partner), partner);

        Assert.Contains("Je gegevens zijn verwijderd", erased.ToJsonString(), StringComparison.Ordinal);
        var document = Assert.Single(await host.RowsAsync(StorageTables.ReflectionsName)).GetString("Document");
        Assert.DoesNotContain("dinsdag even bellen", document, StringComparison.Ordinal);
        Assert.DoesNotContain(partner, document, StringComparison.Ordinal);
        Assert.Contains("Advies vragen bij Veilig Thuis", document, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync(StorageTables.ReflectionSharesName));
    }

    [Fact]
    public async Task AuthorErasesTheirData_NothingSharedIsLeftInThePartnersIndex()
    {
        await harness.CompleteAsync(await harness.SayAsync("reflectie"));
        Assert.Single(await host.RowsAsync(StorageTables.ReflectionSharesName));

        await harness.InvokeAsync("mydata.delete", new JsonObject());

        Assert.Empty(await host.RowsAsync(StorageTables.ReflectionsName));
        Assert.Empty(await host.RowsAsync(StorageTables.ReflectionSharesName));
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
