using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Scheduling;
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
/// The quiet-weeks card, in the owner's personal chat: open it from the settings card, add a period, remove one, go back. Like every settings
/// press, each asks whether the presser owns the team now (<see cref="TeamOwners"/>); a non-owner gets the card back
/// with a kind word and nothing is stored. A period is checked by <see cref="QuietPeriodRules"/> (its label by the
/// privacy guard: the channel's summary shows it) and stored on the team's row with the record of the change, in one
/// write guarded by the row's ETag (<see cref="TeamStore.TryReplaceQuietPeriodsAsync"/>); the record reaches the
/// SettingsAudit table after the reply, as a settings save's does.
/// </summary>
internal sealed class QuietWeeksActionHandler(
    TeamStore teams, TeamOwners owners, SettingsCards cards, AfterReplyQueue afterReply, TimeProvider time, ILogger<QuietWeeksActionHandler> logger) : ICardVerbHandler
{
    private const int MaxAttempts = 5;

    public IReadOnlyCollection<CardVerb> Verbs { get; } =
        [CardVerb.Personal(SettingsVerbs.QuietWeeks), CardVerb.Personal(SettingsVerbs.AddQuietWeeks), CardVerb.Personal(SettingsVerbs.RemoveQuietWeeks), CardVerb.Personal(SettingsVerbs.BackFromQuietWeeks)];

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var texts = SettingsTexts.For(language);
        var (tenantId, teamId) = (activity.GetTenantId(), activity.ChannelData?.Team?.Id ?? CardData.Text(data, "teamId"));
        if (tenantId is null || teamId is null || await teams.ReadSettingsAsync(tenantId, teamId, ct) is not { Team.Status: InstallationStatus.Installed } read)
        {
            return TurnResult.Error(StatusCodes.Status403Forbidden, "UnknownTeam", texts.OnlyInTeamChannel);
        }

        var (actorKey, ownership) = await owners.OwnerKeyAsync(read.Team, activity, ct);
        if (actorKey is null)
        {
            Log.QuietWeeksAnswered(logger, verb, "not-owner");
            return TurnResult.Card(Render(read.Team, language, problems: [OwnerTexts.Refusal(language, ownership, texts.OnlyOwners)]));
        }

        if (verb == SettingsVerbs.BackFromQuietWeeks)
        {
            return TurnResult.Card(await cards.RenderAsync(read.Team, SettingsForm.Of(TeamSettingsState.Of(read.Team), cards.Bounds), language, ct));
        }

        return verb switch
        {
            SettingsVerbs.AddQuietWeeks => await AddAsync(read, actorKey, data, language, ct),
            SettingsVerbs.RemoveQuietWeeks => await RemoveAsync(read, actorKey, data, language, ct),
            _ => TurnResult.Card(Render(read.Team, language)),
        };
    }

    private async Task<TurnResult> AddAsync(TeamSettingsRead read, string actorKey, JsonElement data, UserLanguage language, CancellationToken ct)
    {
        var texts = SettingsTexts.For(language);
        var typed = (CardData.Text(data, "quietLabel"), CardData.Text(data, "quietFrom"), CardData.Text(data, "quietTo"));
        for (var attempt = 1; ; attempt++)
        {
            var validation = QuietPeriodRules.Add(typed.Item1, typed.Item2, typed.Item3, Today(read.Team), read.Team.QuietPeriods);
            if (validation.Added is not { } added)
            {
                Log.QuietWeeksAnswered(logger, SettingsVerbs.AddQuietWeeks, "invalid");
                return TurnResult.Card(Render(read.Team, language, problems: [texts.NotStored, .. validation.Problems.Select(texts.QuietProblem)], typed: typed));
            }

            var change = new SettingsAuditEntry(actorKey, time.GetUtcNow(), new SettingChange(SettingField.QuietWeeks, "", QuietPeriodRules.Describe(added)));
            if (await teams.TryReplaceQuietPeriodsAsync(read, validation.Periods, [change], ct))
            {
                return Stored(read, validation.Periods, texts.QuietAdded, language, SettingsVerbs.AddQuietWeeks);
            }

            if (attempt == MaxAttempts || await teams.ReadSettingsAsync(read.Team.TenantId, read.Team.TeamId, ct) is not { } again)
            {
                return TurnResult.Card(Render(read.Team, language, problems: [texts.NotStored], typed: typed));
            }

            read = again;
        }
    }

    private async Task<TurnResult> RemoveAsync(TeamSettingsRead read, string actorKey, JsonElement data, UserLanguage language, CancellationToken ct)
    {
        var texts = SettingsTexts.For(language);
        var (from, to) = (Date(CardData.Text(data, "from")), Date(CardData.Text(data, "to")));
        for (var attempt = 1; ; attempt++)
        {
            if (read.Team.QuietPeriods.FirstOrDefault(q => q.From == from && q.To == to) is not { } removed)
            {
                Log.QuietWeeksAnswered(logger, SettingsVerbs.RemoveQuietWeeks, "gone");
                return TurnResult.Card(Render(read.Team, language, notice: texts.QuietGone));
            }

            var left = read.Team.QuietPeriods.Where(q => q != removed).ToList();
            var change = new SettingsAuditEntry(actorKey, time.GetUtcNow(), new SettingChange(SettingField.QuietWeeks, QuietPeriodRules.Describe(removed), ""));
            if (await teams.TryReplaceQuietPeriodsAsync(read, left, [change], ct))
            {
                return Stored(read, left, texts.QuietRemoved, language, SettingsVerbs.RemoveQuietWeeks);
            }

            if (attempt == MaxAttempts || await teams.ReadSettingsAsync(read.Team.TenantId, read.Team.TeamId, ct) is not { } again)
            {
                return TurnResult.Card(Render(read.Team, language, problems: [texts.NotStored]));
            }

            read = again;
        }
    }

    private TurnResult Stored(TeamSettingsRead read, IReadOnlyList<QuietPeriod> periods, string notice, UserLanguage language, string verb)
    {
        Log.QuietWeeksAnswered(logger, verb, "stored");
        var (tenantId, teamId) = (read.Team.TenantId, read.Team.TeamId);
        afterReply.TryQueue("settings-audit", (services, token) => services.GetRequiredService<SettingsAuditStore>().FlushPendingAsync(tenantId, teamId, token));
        return TurnResult.Card(Render(read.Team with { QuietPeriods = periods }, language, notice: notice));
    }

    private Cards.RenderedCard Render(TeamInstallation team, UserLanguage language, string? notice = null, IReadOnlyList<string>? problems = null, (string?, string?, string?) typed = default) =>
        QuietWeeksCard.Render(language, new QuietWeeksCardModel(team.TeamId, team.TeamName, team.QuietPeriods, Today(team))
        {
            Notice = notice,
            Problems = problems ?? [],
            Typed = typed,
        });

    private DateOnly Today(TeamInstallation team) => LocalMoments.DateIn(time.GetUtcNow(), team.Settings.Zone);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
