using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Pool;
using BreedBot.Storage.Settings;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Settings;

/// <summary>
/// The pool card's buttons: show it (from the settings card), join the organisation's pool, leave it, back to the
/// settings. Guarded as the settings are: the team is looked up in the presser's own tenant (a team id from another
/// tenant finds nothing), and every press asks whether the presser owns the team now (<see cref="TeamOwners"/>); a
/// non-owner gets the card with a kind word and nothing changes. Joining or leaving is recorded in the settings audit.
/// </summary>
internal sealed class PoolSettingsHandler(
    TeamStore teams, PoolStore pool, TeamOwners owners, SettingsCards cards, SettingsAuditStore audit, TimeProvider time, ILogger<PoolSettingsHandler> logger)
    : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } =
        [CardVerb.Anywhere(SettingsVerbs.Pool), CardVerb.Anywhere(SettingsVerbs.PoolJoin), CardVerb.Anywhere(SettingsVerbs.PoolLeave), CardVerb.Anywhere(SettingsVerbs.PoolBack)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = SettingsTexts.For(language);
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id ?? CardData.Text(data, "teamId");
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            Log.SettingsRefused(logger, "unknown-team");
            return TurnResult.Message(texts.OnlyInTeamChannel);
        }

        var (actorKey, ownership) = await owners.OwnerKeyAsync(team, activity, ct);
        if (actorKey is null)
        {
            Log.SettingsRefused(logger, "not-owner");
            return await CardAsync(team, language, ct, problem: OwnerTexts.Refusal(language, ownership, texts.PoolOnlyOwners));
        }

        var now = time.GetUtcNow();
        switch (verb)
        {
            case SettingsVerbs.PoolBack:
                return TurnResult.Card(await cards.RenderAsync(team, SettingsForm.Of(TeamSettingsState.Of(team), cards.Bounds), language, ct));
            case SettingsVerbs.PoolJoin or SettingsVerbs.PoolLeave:
                var join = verb == SettingsVerbs.PoolJoin;
                var changed = join ? await pool.JoinAsync(team.TenantId, team.TeamId, now, ct) : await pool.LeaveAsync(team.TenantId, team.TeamId, ct);
                if (changed)
                {
                    await audit.RecordAsync(team.TenantId, team.TeamId, actorKey, now, [new SettingChange(SettingField.OrganisationPool, join ? "false" : "true", join ? "true" : "false")], ct);
                }

                // The team row's flag follows the list, also when the list was already so: a press after one that
                // changed the list and failed before the row (or the audit) gets both in line.
                await pool.RecordOnTeamRowAsync(team.TenantId, team.TeamId, onlyWhenUnknown: false, ct);
                // Pressed twice, or by two owners at once: the card shows how it is now.
                return await CardAsync(team, language, ct, notice: !changed ? texts.NothingChanged : join ? texts.PoolJoined : texts.PoolLeft);
            default:
                return await CardAsync(team, language, ct);
        }
    }

    private async Task<TurnResult> CardAsync(TeamInstallation team, UserLanguage language, CancellationToken ct, string? notice = null, string? problem = null)
    {
        var pooled = await pool.ListTeamsAsync(team.TenantId, ct);
        var inPool = pooled.Contains(team.TeamId, StringComparer.Ordinal);
        return TurnResult.Card(PoolSettingsCard.Render(language, new PoolSettingsCardModel(team.TeamId, team.TeamName, inPool, pooled.Count) { Notice = notice, Problem = problem }));
    }
}
