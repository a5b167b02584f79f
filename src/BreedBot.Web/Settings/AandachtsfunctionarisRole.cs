using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Client;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Settings;
using BreedBot.Storage.Teams;
using BreedBot.Storage.Users;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Settings;

/// <summary>
/// The aandachtsfunctionaris in BreedBot: told once in personal chat when chosen, and able to
/// decline, which clears the setting and tells the channel — without a name or a reason. Both messages go to
/// another conversation than the one clicked in, so both are queued in the outbox; the role card speaks the
/// member's language when BreedBot knows it (the locale of their personal install), else Dutch.
/// </summary>
internal sealed class AandachtsfunctionarisRole(
    ConnectorClient connector,
    UserConversationStore chats,
    IOutbox outbox,
    TeamStore teams,
    SettingsAuditStore audit,
    TimeProvider time,
    ILogger<AandachtsfunctionarisRole> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(SettingsVerbs.DeclineAandachtsfunctionaris)];

    /// <summary>Whether Teams still lists the member in the team, asked at the moment they are chosen.</summary>
    public async Task<bool> InRosterAsync(TeamInstallation team, TeamMember member, CancellationToken ct)
    {
        try
        {
            await connector.GetMemberAsync(new Uri(team.Channel.ServiceUrl), team.TeamId, member.TeamsUserId, ct);
            return true;
        }
        catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.NotFound)
        {
            return false;
        }
    }

    /// <summary>
    /// Queues the card that tells the newly chosen member what the role means; false when it could not even be
    /// queued. Keyed by the moment of choosing: a retried turn does not send it twice, being chosen again does.
    /// Whether it reached them is on its delivery record (blocked, not found), counted by <c>status</c>.
    /// </summary>
    public async Task<bool> TellAsync(TeamInstallation team, TeamMember member, CancellationToken ct)
    {
        try
        {
            var language = RecipientLanguages.Of((await chats.GetAsync(team.TenantId, member.MemberKey, ct))?.Locale, team.Locale);
            var occurrence = "role/" + time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            await outbox.EnqueueAsync(new OutboundMessage(team.TenantId, team.TeamId, member.MemberKey, occurrence, MessageKinds.RoleCard,
                AandachtsfunctionarisCard.Render(language, team.TeamId, team.TeamName), null), ct);
            Log.AandachtsfunctionarisTold(logger);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.AandachtsfunctionarisNotTold(logger, e.GetType().Name);
            return false;
        }
    }

    /// <summary>The decline button. Only the team's current aandachtsfunctionaris can clear the role; anyone else changes nothing.</summary>
    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        var teamId = CardData.Text(data, "teamId");
        if (tenantId is null || userKey is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { } team)
        {
            Log.AandachtsfunctionarisDeclined(logger, "unknown-team");
            return TurnResult.Error(StatusCodes.Status403Forbidden, "UnknownTeam", TurnTexts.For(language).UnknownAction);
        }

        var cleared = await teams.UpdateSettingsAsync(tenantId, teamId,
            s => s.AandachtsfunctionarisKey == userKey ? s with { AandachtsfunctionarisKey = null } : s, ct);
        Log.AandachtsfunctionarisDeclined(logger, cleared ? "cleared" : "not-the-role-holder");
        if (cleared)
        {
            var declinedAt = time.GetUtcNow();
            await audit.RecordAsync(tenantId, teamId, userKey, declinedAt, [new SettingChange(SettingField.Aandachtsfunctionaris, userKey, "")], ct);
            await TellOwnersAsync(team, declinedAt, ct);
        }

        var t = SettingsTexts.For(language);
        var name = string.IsNullOrWhiteSpace(team.TeamName) ? t.YourTeam(null) : team.TeamName;
        return TurnResult.Card(cleared
            ? NoticeCard.Render(language, t.AfDeclinedTitle, t.AfDeclined(name))
            : NoticeCard.Render(language, t.AfNotYoursTitle, t.AfNotYours(name)));
    }

    private async Task TellOwnersAsync(TeamInstallation team, DateTimeOffset declinedAt, CancellationToken ct)
    {
        if (team.Status != InstallationStatus.Installed)
        {
            return;
        }

        try
        {
            var occurrence = "role-declined/" + declinedAt.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            await outbox.EnqueueAsync(new OutboundMessage(team.TenantId, team.TeamId, null, occurrence, MessageKinds.ChannelNotice, null,
                SettingsTexts.For(RecipientLanguages.OfTeam(team)).AfDeclinedInChannel), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.AandachtsfunctionarisDeclineNotPosted(logger, e.GetType().Name);
        }
    }
}
