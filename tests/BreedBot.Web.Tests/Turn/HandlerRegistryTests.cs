using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Testing;
using BreedBot.Web.Tests.Hosting;
using BreedBot.Web.Turn;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.Web.Tests.Turn;

[Collection(SharedAzurite.Name)]
public sealed class HandlerRegistryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ForCommand_EveryCommandOfTheParser_HasAHandlerInTheRealHost()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        using var scope = host.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<HandlerRegistry>();

        var unanswered = Enum.GetValues<BotCommand>()
            .Where(command => command != BotCommand.Unknown && registry.ForCommand(command) is null)
            .ToList();

        Assert.Empty(unanswered);
    }

    [Fact]
    public void Constructor_TwoHandlersClaimOneCommand_FailsLoudly()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new HandlerRegistry([new Claims(), new Claims()], []));

        Assert.Contains("Help", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForVerb_UnclaimedVerb_IsNull()
    {
        var registry = new HandlerRegistry([new Claims()], []);

        Assert.Null(registry.ForVerb("nobody.claims.this"));
        Assert.IsType<Claims>(registry.ForCommand(BotCommand.Help));
    }

    private sealed class Claims : ICommandHandler
    {
        public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Help];

        public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) => Task.CompletedTask;
    }
}
