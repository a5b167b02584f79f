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
            .Where(command => command != BotCommand.Unknown && registry.ForCommand(command, scope.ServiceProvider) is null)
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
        using var services = new ServiceCollection().AddScoped<Claims>().BuildServiceProvider();

        Assert.Null(registry.ForVerb("nobody.claims.this", services));
        Assert.IsType<Claims>(registry.ForCommand(BotCommand.Help, services));
    }

    [Fact]
    public async Task ForCommand_TwoTurns_OneRegistryAndEachTurnItsOwnHandler()
    {
        await using var host = await BotHost.StartAsync(azurite.ConnectionString);
        using var first = host.Services.CreateScope();
        using var second = host.Services.CreateScope();

        var registry = first.ServiceProvider.GetRequiredService<HandlerRegistry>();
        var handler = registry.ForCommand(BotCommand.Help, first.ServiceProvider);

        Assert.Same(registry, second.ServiceProvider.GetRequiredService<HandlerRegistry>());
        Assert.Same(handler, registry.ForCommand(BotCommand.Help, first.ServiceProvider));
        Assert.NotSame(handler, registry.ForCommand(BotCommand.Help, second.ServiceProvider));
    }

    private sealed class Claims : ICommandHandler
    {
        public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.Help];

        public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) => Task.CompletedTask;
    }
}
