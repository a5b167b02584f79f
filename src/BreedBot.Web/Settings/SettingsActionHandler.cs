using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Settings;
using BreedBot.Storage.Teams;
using BreedBot.Web.AfterReply;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Settings;

/// <summary>
/// The settings card's buttons (in the owner's personal chat, or on an older card in the channel). Every press asks
/// whether the presser owns the team now (<see cref="TeamOwners"/>); card data is never trusted for that, nor for any value: a non-owner or a tampered value
/// gets the card back with a kind word and nothing is stored.
/// <para>
/// A save is three storage requests, two in sequence: the team's row (with its ETag) and its member rows side by side,
/// then one write of the settings together with the record of what changed (on the team's row,
/// <see cref="TeamStore.TryReplaceSettingsAsync"/>), which the SettingsAudit table gets after the reply. Choosing a new
/// aandachtsfunctionaris adds two on purpose: her chat's language and the queued role card, so the owner hears in the
/// same answer whether she could be told.
/// </para>
/// </summary>
internal sealed class SettingsActionHandler(
    TeamStore teams,
    TeamOwners owners,
    SettingsCards cards,
    AandachtsfunctionarisRole role,
    AfterReplyQueue afterReply,
    TimeProvider time,
    ILogger<SettingsActionHandler> logger) : ICardVerbHandler
{
    private const int MaxAttempts = 5;

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Anywhere(SettingsVerbs.Save), CardVerb.Anywhere(SettingsVerbs.Changes)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = SettingsTexts.For(language);
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id ?? CardData.Text(data, "teamId");
        if (tenantId is null || teamId is null)
        {
            return UnknownTeam(texts);
        }

        var teamRead = teams.ReadSettingsAsync(tenantId, teamId, ct);
        var membersRead = cards.MembersAsync(tenantId, teamId, ct);
        await Task.WhenAll(teamRead, membersRead);
        if (teamRead.Result is not { Team.Status: InstallationStatus.Installed } read)
        {
            return UnknownTeam(texts);
        }

        var team = read.Team;
        var members = membersRead.Result;
        var stored = SettingsForm.Of(TeamSettingsState.Of(team), cards.Bounds);
        var (actorKey, ownership) = await owners.OwnerKeyAsync(team, activity, ct);
        if (actorKey is null)
        {
            Log.SettingsRefused(logger, "not-owner");
            return TurnResult.Card(cards.Render(team, stored, language, members, changes: null, problems: [OwnerTexts.Refusal(language, ownership, texts.OnlyOwners)]));
        }

        if (verb == SettingsVerbs.Changes)
        {
            if (read.Pending.Count > 0)
            {
                FlushLater(read);
            }

            return TurnResult.Card(await cards.RenderAsync(team, stored, language, ct, withChanges: true, pending: read.Pending));
        }

        return await SaveAsync(read, members, actorKey, FormOf(data), language, ct);
    }

    private async Task<TurnResult> SaveAsync(TeamSettingsRead read, IReadOnlyList<TeamMember> members, string actorKey, SettingsForm form, UserLanguage language, CancellationToken ct)
    {
        var texts = SettingsTexts.For(language);
        var team = read.Team;
        var current = TeamSettingsState.Of(team);
        var validation = SettingsValidator.Validate(form, current, cards.Bounds, members.Select(m => m.MemberKey).ToHashSet(StringComparer.Ordinal));
        var problems = validation.Problems.ToList();
        var chosen = validation.State?.Settings.AandachtsfunctionarisKey;
        if (validation.IsValid && chosen is not null && chosen != current.Settings.AandachtsfunctionarisKey
            && !await role.InRosterAsync(team, members.Single(m => m.MemberKey == chosen), ct))
        {
            problems.Add(SettingsProblem.Aandachtsfunctionaris);
        }

        if (problems.Count > 0)
        {
            Log.SettingsInvalid(logger, problems.Count);
            return TurnResult.Card(cards.Render(team, form, language, members, changes: null, problems: [texts.NotStored, .. problems.Select(texts.Problem)]));
        }

        var wanted = validation.State!;
        var at = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            var before = TeamSettingsState.Of(read.Team);
            var changes = SettingChange.Between(before, wanted).Select(c => new SettingsAuditEntry(actorKey, at, c)).ToList();
            if (changes.Count == 0 || await teams.TryReplaceSettingsAsync(read, wanted, changes, ct))
            {
                return await SavedAsync(read, before, wanted, changes, members, language, ct);
            }

            // Changed since it was read (another owner, a decline): read again and record against what is there now.
            if (attempt == MaxAttempts || await teams.ReadSettingsAsync(team.TenantId, team.TeamId, ct) is not { } again)
            {
                return TurnResult.Card(cards.Render(team, form, language, members, changes: null, problems: [texts.OnlyInTeamChannel]));
            }

            read = again;
        }
    }

    private async Task<TurnResult> SavedAsync(
        TeamSettingsRead read, TeamSettingsState before, TeamSettingsState wanted, List<SettingsAuditEntry> changes, IReadOnlyList<TeamMember> members, UserLanguage language, CancellationToken ct)
    {
        var texts = SettingsTexts.For(language);
        Log.SettingsSaved(logger, changes.Count);
        if (changes.Count > 0 || read.Pending.Count > 0)
        {
            FlushLater(read);
        }

        var notice = changes.Count == 0 ? texts.NothingChanged : texts.Saved;
        var saved = read.Team with { Settings = wanted.Settings, RotationWeeks = wanted.RotationWeeks };
        var chosen = wanted.Settings.AandachtsfunctionarisKey;
        if (chosen is not null && chosen != before.Settings.AandachtsfunctionarisKey
            && !await role.TellAsync(saved, members.Single(m => m.MemberKey == chosen), ct))
        {
            notice += " " + texts.AfNotReached;
        }

        // What this owner just changed (and what earlier saves left on the team's row): no read of the audit table.
        return TurnResult.Card(cards.Render(saved, SettingsForm.Of(wanted, cards.Bounds), language, members, SettingsCards.Recent([.. changes, .. read.Pending]), notice));
    }

    // The record of the changes goes from the team's row to the SettingsAudit table after the reply. Should that fail,
    // the queue be full or the process stop first, it stays on the row, and the next settings press (or a person's data
    // request) copies it.
    private void FlushLater(TeamSettingsRead read)
    {
        var (tenantId, teamId) = (read.Team.TenantId, read.Team.TeamId);
        afterReply.TryQueue("settings-audit", (services, token) => services.GetRequiredService<SettingsAuditStore>().FlushPendingAsync(tenantId, teamId, token));
    }

    private static TurnResult UnknownTeam(SettingsTexts texts)
    {
        return TurnResult.Error(StatusCodes.Status403Forbidden, "UnknownTeam", texts.OnlyInTeamChannel);
    }

    private static SettingsForm FormOf(JsonElement data) => new(
        CardData.Text(data, "summaryDay"),
        CardData.Text(data, "summaryTime"),
        CardData.Text(data, "timeZone"),
        CardData.Text(data, "rotation"),
        CardData.Text(data, "aandachtsfunctionaris"),
        CardData.Text(data, "mixRoles"),
        // Teams sends inputs as text; a number is accepted too.
        CardData.Text(data, "retentionDays") ?? CardData.Number(data, "retentionDays")?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CardData.Text(data, "paused"),
        CardData.Text(data, "rhythm"));
}
