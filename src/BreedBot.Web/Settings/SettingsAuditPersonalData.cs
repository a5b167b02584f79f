using BreedBot.Domain.Settings;
using BreedBot.Storage.Settings;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>
/// Settings changes that name the person — as the owner who made them, or as the aandachtsfunctionaris
/// chosen or replaced — and the role itself. Erasure anonymises rather than deletes: the audit trail
/// is the team's record of its owners' decisions (who paused BreedBot, shortened retention, chose
/// whom), and a gap would make the remaining rows misleading. Replacing the key with
/// <see cref="SettingsAuditEntry.ErasedKey"/> removes the person and keeps that a change happened.
/// The role is cleared too, so nobody sends urgent requests to someone who left BreedBot.
/// </summary>
internal sealed class SettingsAuditPersonalData(SettingsAuditStore audit, TeamStore teams, TimeProvider time) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.SettingsAudit;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var t = SettingsTexts.For(language);
        var lines = new List<string>();
        var count = 0;
        DateTimeOffset? latest = null;
        foreach (var teamId in subject.EveryTeamId)
        {
            // Changes still on the team's row are copied first, so the list is whole.
            await audit.FlushPendingAsync(subject.TenantId, teamId, ct);
            var entries = await audit.ListNamingAsync(subject.TenantId, teamId, subject.MemberKey, ct);
            var team = await teams.GetAsync(subject.TenantId, teamId, ct);
            var name = t.DataTeam(team?.TeamName);
            if (team?.Settings.AandachtsfunctionarisKey == subject.MemberKey)
            {
                count++;
                lines.Add(t.DataYouAreAf(name));
            }

            foreach (var entry in entries)
            {
                count++;
                latest = latest is null || entry.ChangedAt > latest ? entry.ChangedAt : latest;
                var role = t.DataRole(entry.ActorKey == subject.MemberKey);
                lines.Add($"{name}: {t.FieldName(entry.Change.Field)} ({role}), {entry.ChangedAt:yyyy-MM-dd}");
            }
        }

        return count == 0 ? [] : [new PersonalDataSection(t.DataHeading, count, latest, lines)];
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        foreach (var teamId in subject.EveryTeamId)
        {
            // Changes still on the team's row are copied first, so anonymising reaches them too.
            await audit.FlushPendingAsync(subject.TenantId, teamId, ct);
            var cleared = await teams.UpdateSettingsAsync(subject.TenantId, teamId,
                s => s.AandachtsfunctionarisKey == subject.MemberKey ? s with { AandachtsfunctionarisKey = null } : s, ct);
            if (cleared)
            {
                await audit.RecordAsync(subject.TenantId, teamId, SettingsAuditEntry.ErasedKey, time.GetUtcNow(),
                    [new SettingChange(SettingField.Aandachtsfunctionaris, SettingsAuditEntry.ErasedKey, "")], ct);
            }

            await audit.AnonymiseAsync(subject.TenantId, teamId, subject.MemberKey, ct);
        }
    }
}
