using BreedBot.Testing;
using BreedBot.Web.Localization;
using BreedBot.Web.Tests.Hosting;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Tests.Turn;

[Collection(SharedAzurite.Name)]
public sealed class MessageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(10);

    private BotHost host = null!;

    public async Task InitializeAsync() => host = await BotHost.StartAsync(azurite.ConnectionString);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task PostAsync_UnknownText_RepliesWithKindPointerToHelp()
    {
        await host.PostAsync(TestActivities.PersonalMessage(host.ServiceUrl, "wat kun jij eigenlijk?"));

        var reply = await host.Connector.WaitForRequestAsync(r => r.Method == "POST", Bounded);
        Assert.Equal(TurnTexts.For(UserLanguage.Dutch).UnknownCommand, reply.Json!["text"]!.GetValue<string>());
        Assert.Null(reply.Json["attachments"]);
    }
}
