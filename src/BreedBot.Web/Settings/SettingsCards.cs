using System.Globalization;
using BreedBot.Domain.Members;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Settings;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>Builds the settings card for a team: its members to choose from and, for an owner's own view, the recent changes in words.</summary>
internal sealed class SettingsCards(MemberStore members, SettingsAuditStore audit, RetentionBounds bounds)
{
    public const int RecentChanges = 10;

    public RetentionBounds Bounds => bounds;

    /// <summary>The team's current members (not removed), by key, named as Teams names them.</summary>
    public async Task<IReadOnlyList<TeamMember>> MembersAsync(string tenantId, string teamId, CancellationToken ct) =>
        [.. (await members.ListTeamAsync(tenantId, teamId, ct)).Where(m => m.Status != MembershipStatus.Removed)];

    /// <summary>The card after reading the members and, with <paramref name="withChanges"/>, the recent changes (stored and <paramref name="pending"/>).</summary>
    public async Task<RenderedCard> RenderAsync(
        TeamInstallation team, SettingsForm values, UserLanguage language, CancellationToken ct,
        bool withChanges = false, string? notice = null, IReadOnlyList<string>? problems = null, IReadOnlyList<SettingsAuditEntry>? pending = null)
    {
        var everyone = await MembersAsync(team.TenantId, team.TeamId, ct);
        IReadOnlyList<SettingsAuditEntry>? changes = withChanges ? Recent([.. pending ?? [], .. await audit.ListRecentAsync(team.TenantId, team.TeamId, RecentChanges, ct)]) : null;
        return Render(team, values, language, everyone, changes, notice, problems);
    }

    /// <summary>The card from what the turn already read: no storage.</summary>
    public RenderedCard Render(
        TeamInstallation team, SettingsForm values, UserLanguage language, IReadOnlyList<TeamMember> everyone,
        IReadOnlyList<SettingsAuditEntry>? changes, string? notice = null, IReadOnlyList<string>? problems = null)
    {
        var names = everyone.ToDictionary(m => m.MemberKey, m => string.IsNullOrWhiteSpace(m.Name) ? "?" : m.Name!, StringComparer.Ordinal);
        var model = new SettingsCardModel(team.TeamId, team.TeamName, values, [.. names.OrderBy(n => n.Value, StringComparer.CurrentCulture).Select(n => (n.Key, n.Value))], Bounds)
        {
            Notice = notice,
            Problems = problems ?? [],
            Changes = changes is null ? null : ChangeLines(team, names, language, changes),
        };
        return SettingsCard.Render(language, model);
    }

    /// <summary>The newest <see cref="RecentChanges"/>, each once (a change can be on the team's row and already copied).</summary>
    public static IReadOnlyList<SettingsAuditEntry> Recent(IEnumerable<SettingsAuditEntry> entries) =>
        [.. entries.Distinct().OrderByDescending(e => e.ChangedAt).Take(RecentChanges)];

    private IReadOnlyList<string> ChangeLines(TeamInstallation team, Dictionary<string, string> names, UserLanguage language, IReadOnlyList<SettingsAuditEntry> entries)
    {
        var texts = SettingsTexts.For(language);
        var zone = team.Settings.Zone;
        var en = language == UserLanguage.English;
        return
        [
            .. entries.Select(e =>
            {
                var at = TimeZoneInfo.ConvertTime(e.ChangedAt, zone).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);
                var who = SettingsTexts.Person(e.ActorKey, en, names);
                var old = SettingsTexts.Value(e.Change.Field, e.Change.Old, language, names, Bounds.DefaultDays);
                var now = SettingsTexts.Value(e.Change.Field, e.Change.New, language, names, Bounds.DefaultDays);
                return $"{at} · {who}: {texts.FieldName(e.Change.Field)} {old} → {now}";
            }),
        ];
    }
}
