using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Settings;
using BreedBot.Storage.Teams;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Handlers;
using BreedBot.Web.Localization;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Pairing;

namespace BreedBot.Web.Settings;

/// <summary>
/// The settings card's buttons (in the owner's personal chat, or on an older card in the channel). Every press asks
/// whether the presser owns the team now (<see cref="TeamOwners"/>); card data is never trusted for that, nor for any value: a non-owner or a tampered value
/// gets the card back with a kind word and nothing is stored.
/// </summary>
internal sealed class SettingsActionHandler(
    TeamStore teams,
    TeamOwners owners,
    SettingsCards cards,
    SettingsAuditStore audit,
    AandachtsfunctionarisRole role,
    TimeProvider time,
    ILogger<SettingsActionHandler> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [SettingsCard.SaveVerb, SettingsCard.ChangesVerb];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = SettingsTexts.For(language);
        var tenantId = activity.GetTenantId();
        var teamId = activity.ChannelData?.Team?.Id ?? CardData.Text(data, "teamId");
        if (tenantId is null || teamId is null || await teams.GetAsync(tenantId, teamId, ct) is not { Status: InstallationStatus.Installed } team)
        {
            Log.SettingsRefused(logger, "unknown-team");
            return TurnResult.Invoke(AdaptiveCardInvokeResponse.Error(StatusCodes.Status403Forbidden, "UnknownTeam", texts.OnlyInTeamChannel).ToInvokeResponse());
        }

        var stored = SettingsForm.Of(TeamSettingsState.Of(team), cards.Bounds);
        var actorKey = ActivityAddress.UserKey(activity.From);
        var ownership = actorKey is null ? Ownership.NotOwner : await owners.CheckAsync(team, activity, ct);
        if (actorKey is null || ownership != Ownership.Owner)
        {
            Log.SettingsRefused(logger, "not-owner");
            return Card(await cards.RenderAsync(team, stored, language, ct, problems: [OwnerTexts.Refusal(language, ownership, texts.OnlyOwners)]));
        }

        return verb == SettingsCard.ChangesVerb
            ? Card(await cards.RenderAsync(team, stored, language, ct, withChanges: true))
            : await SaveAsync(team, actorKey, FormOf(data), language, ct);
    }

    private async Task<TurnResult> SaveAsync(TeamInstallation team, string actorKey, SettingsForm form, UserLanguage language, CancellationToken ct)
    {
        var texts = SettingsTexts.For(language);
        var current = TeamSettingsState.Of(team);
        var members = await cards.MembersAsync(team, ct);
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
            return Card(await cards.RenderAsync(team, form, language, ct, problems: [texts.NotStored, .. problems.Select(texts.Problem)]));
        }

        var wanted = validation.State!;
        var before = await teams.ReplaceSettingsAsync(team.TenantId, team.TeamId, wanted, ct);
        if (before is null)
        {
            return Card(await cards.RenderAsync(team, form, language, ct, problems: [texts.OnlyInTeamChannel]));
        }

        var changes = SettingChange.Between(before, wanted);
        await audit.RecordAsync(team.TenantId, team.TeamId, actorKey, time.GetUtcNow(), changes, ct);
        Log.SettingsSaved(logger, changes.Count);
        var notice = changes.Count == 0 ? texts.NothingChanged : texts.Saved;
        var saved = team with { Settings = wanted.Settings, RotationWeeks = wanted.RotationWeeks };
        if (chosen is not null && chosen != before.Settings.AandachtsfunctionarisKey
            && !await role.TellAsync(saved, members.Single(m => m.MemberKey == chosen), ct))
        {
            notice += " " + texts.AfNotReached;
        }

        return Card(await cards.RenderAsync(saved, SettingsForm.Of(wanted, cards.Bounds), language, ct, withChanges: true, notice: notice));
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
        CardData.Text(data, "paused"));

    private static TurnResult Card(RenderedCard card) => TurnResult.Invoke(AdaptiveCardInvokeResponse.Card(card.Content).ToInvokeResponse());
}
