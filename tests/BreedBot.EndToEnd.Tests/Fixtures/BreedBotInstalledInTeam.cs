using BreedBot.Domain.Members;
using BreedBot.Storage.Members;
using BreedBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BreedBot.EndToEnd.Tests.Fixtures;

/// <summary>
/// BreedBot with its own Playground, installed in the Playground's team once for the whole test
/// class, with the invitation the current user got in their personal chat. One per test class.
/// This one uses the Playground's built-in tenant ("user-id-0", "team-id").
/// </summary>
public class BreedBotInstalledInTeam : IAsyncLifetime
{
    /// <summary>
    /// The invitation speaks the team's language when the invitee's own is not known yet: the Playground's client is
    /// en-US, and so is its team install event, so it is English. This starts the card's title.
    /// </summary>
    public const string InvitationTitleStart = "Join the duos of";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly BreedBotWithPlayground _stack;

    public BreedBotInstalledInTeam(AzuriteFixture storage)
        : this(storage, playgroundConfigYaml: null)
    {
    }

    protected BreedBotInstalledInTeam(AzuriteFixture storage, string? playgroundConfigYaml) =>
        _stack = new BreedBotWithPlayground(storage, playgroundConfigYaml);

    /// <summary>The Playground's one team; its General channel has the team's id.</summary>
    public PlaygroundTeam Team => Config.Teams[0];

    public string TeamId => Team.Id;

    public PlaygroundClient Client => _stack.Client;

    public PlaygroundTestConfig Config => _stack.Config;

    public IServiceProvider Services => _stack.Services;

    /// <summary>The join card BreedBot sent the current user after the install.</summary>
    public PlaygroundMessage Invitation { get; private set; } = null!;

    /// <summary>The welcome card BreedBot posted in the team's General channel, a new thread there.</summary>
    public PlaygroundMessage ChannelWelcome { get; private set; } = null!;

    /// <summary>
    /// The Playground's conversation id of the welcome card's thread ("&lt;channel&gt;;messageid=&lt;root&gt;"),
    /// where every team member, not only the current user, may act on the card.
    /// </summary>
    public string ChannelWelcomeThreadId => $"{TeamId};messageid={ChannelWelcome.MessageId}";

    public async Task InitializeAsync()
    {
        await _stack.InitializeAsync().ConfigureAwait(false);
        try
        {
            var seen = Client.ReceivedCount;
            await Client.InstallAsync(TeamId).ConfigureAwait(false);
            ChannelWelcome = await Client.WaitForMessageAsync(
                m => m.IsIn(TeamId) && ExpectedTitles.Welcome.Any(m.CardContains), Timeout, seen).ConfigureAwait(false);
            Invitation = await Client.WaitForMessageAsync(
                m => m.IsIn(Config.PersonalChat.Id) && m.CardContains(InvitationTitleStart), Timeout, seen).ConfigureAwait(false);
        }
        catch
        {
            await _stack.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Stores the join of a Playground user other than the current one, as their own invitation would. Their invitation is
    /// in their own chat, which the Playground does not let a test click, and a join through the channel's welcome card
    /// is refused (join answers are personal). Returns their member key.
    /// </summary>
    public async Task<string> StoreJoinAsync(string teamsUserId, MemberProfile profile)
    {
        var members = Services.GetRequiredService<MemberStore>();
        var member = (await members.ListTeamAsync(Config.TenantId, TeamId, CancellationToken.None).ConfigureAwait(false)).Single(m => m.TeamsUserId == teamsUserId);
        var joined = await members.UpdateAsync(Config.TenantId, TeamId, member.MemberKey, (m, now) => m.Join(profile, now), CancellationToken.None).ConfigureAwait(false);
        return joined?.MemberKey ?? throw new InvalidOperationException("The member row could not be updated.");
    }

    public Task DisposeAsync() => _stack.DisposeAsync();
}
