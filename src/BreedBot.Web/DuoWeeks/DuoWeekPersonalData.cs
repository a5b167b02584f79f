using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pairing;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The weeks of the duos the person was in: check-ins (what the duo did, usefulness), moves and
/// skips. A week belongs to the duo, so erasing it also takes it from the partner's view; the
/// anonymous weekly facts already counted stay. Runs before the duo source, which forgets the
/// person's place in the duo history that ties a week to them. The partners' reminder cards of those weeks, which name
/// the person and may show the week's check-in, are replaced with a short notice.
/// </summary>
internal sealed class DuoWeekPersonalData(DuoStore duos, DuoWeekStore weeks, MemberStore members, CardRetraction retraction) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.DuoWeeks;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var en = language == UserLanguage.English;
        var t = DuoWeekTexts.For(language);
        var lines = new List<string>();
        var count = 0;
        DateTimeOffset? latest = null;
        foreach (var teamId in subject.EveryTeamId)
        {
            var teamName = subject.ActiveTeams.FirstOrDefault(t => t.Team.TeamId == teamId).Team?.TeamName ?? teamId;
            foreach (var week in (await WeeksOfAsync(subject, teamId, ct)).OrderByDescending(w => w.Week))
            {
                count++;
                var at = week.CheckIn?.At;
                latest = at is not null && (latest is null || at > latest) ? at : latest;
                lines.Add($"{teamName}, week {week.Week}: {Describe(week, t, en)}");
            }
        }

        return [new PersonalDataSection(t.WeeksTitle, count, latest, lines)];
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        // The pool's duo weeks too: they are found by the pool's history, which is erased after them.
        foreach (var teamId in subject.EveryTeamId.Append(OrganisationPool.ScopeId))
        {
            foreach (var week in await WeeksOfAsync(subject, teamId, ct))
            {
                // The partners' reminder cards of that week name the person and may show the week's answers: replaced first.
                await retraction.ReplaceAsync(subject.TenantId, [$"reminder/{week.Week}/{week.DuoKey}", $"nudge/{week.Week}/{week.DuoKey}"], "former/",
                    (record, language) => record.RecipientKey is { } reader && reader != subject.MemberKey ? DuoWeekTexts.For(language).ReminderOfFormer : null,
                    forget: false, except: null, ct);
                await weeks.DeleteAsync(subject.TenantId, teamId, week.Week, week.DuoKey, ct);
            }
        }
    }

    private async Task<IReadOnlyList<DuoWeek>> WeeksOfAsync(PersonalDataSubject subject, string teamId, CancellationToken ct)
    {
        var stored = await weeks.ListTeamAsync(subject.TenantId, teamId, ct);
        if (stored.Count == 0)
        {
            return [];
        }

        var current = await duos.GetCurrentAsync(subject.TenantId, teamId, ct);
        var history = current is null ? null : await duos.GetHistoryAsync(subject.TenantId, teamId, current.Rotation, current.Rotation, ct);
        var colleagues = (await members.ListTeamAsync(subject.TenantId, teamId, ct)).Select(m => m.MemberKey).Where(k => k != subject.MemberKey).ToList();
        var keys = DuoKeysOf.Person(subject.MemberKey, history?.Duos ?? [], colleagues, stored.Select(w => w.DuoKey));
        return [.. stored.Where(w => keys.Contains(w.DuoKey))];
    }

    private static string Describe(DuoWeek week, DuoWeekTexts t, bool en) => week switch
    {
        { CheckIn: { } c } => t.Held(LabelTexts.Of(c.What, en), c.Usefulness),
        { Skip: not null } => t.Skipped,
        { Move: { } m } => t.MovedTo(m.Date.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture) + " " + m.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
        _ => t.Planned,
    };
}
