using BreedBot.Storage.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;

namespace BreedBot.Web.Privacy;

/// <summary>
/// The person's reflections (open and finished), their follow-ups and their partners' responses:
/// counted with labels and dates in the overview, in full in the export, and deleted with the
/// entries that would have brought a follow-up or reminder.
/// </summary>
internal sealed class ReflectionPersonalData(ReflectionStore store, ReflectionDueStore due) : IPersonalDataSource
{
    public int Order => 300;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var en = language == UserLanguage.English;
        var all = (await store.ListAsync(subject.TenantId, subject.MemberKey, ct)).Select(s => s.Reflection).OrderByDescending(r => r.StartedAt).ToList();
        var lines = new List<string>();
        foreach (var r in all)
        {
            var started = PersonalDataDates.Format(r.StartedAt, language);
            var state = r.IsCompleted
                ? (en ? $"finished {PersonalDataDates.Format(r.CompletedAt!.Value, language)}" : $"afgerond {PersonalDataDates.Format(r.CompletedAt!.Value, language)}")
                : (en ? $"open at step {(int)r.Step}" : $"open bij stap {(int)r.Step}");
            var shared = r.SharedWith.Count > 0 ? (en ? "; shared with your duo partner" : "; gedeeld met je duo-partner") : "";
            var followUps = r.FollowUps.Count > 0 ? (en ? $"; {r.FollowUps.Count} follow-up(s) answered" : $"; {r.FollowUps.Count} keer teruggekeken") : "";
            var next = r.NextStep is { } s && r.IsCompleted ? (en ? $"; next follow-up {PersonalDataDates.Format(s.By, language)}" : $"; volgende vraag {PersonalDataDates.Format(s.By, language)}") : "";
            lines.Add($"'{r.Label ?? "-"}': {(en ? "started" : "gestart")} {started}, {state}{shared}{followUps}{next}.");
            lines.AddRange(ReflectionFacts.Of(r, en).Select(f => $"  {f.Title}: {f.Value}"));
            lines.AddRange(r.FollowUps.Select(f => $"  {(en ? "Follow-up" : "Teruggekeken")} {PersonalDataDates.Format(f.AnsweredAt, language)}: {ReflectionChoiceNames.Of(f.Outcome, en)}{(f.WhatHappened is null ? "" : "; " + f.WhatHappened)}{(f.WhatHelped is null ? "" : "; " + f.WhatHelped)}"));
            if (r.Response is { } response)
            {
                lines.Add($"  {(en ? "Your partner's response" : "Reactie van je partner")}: {response.Text}");
            }
        }

        DateTimeOffset? latest = all.Count == 0 ? null : all.Max(r => r.UpdatedAt);
        return [new PersonalDataSection(en ? "Reflections" : "Reflecties", all.Count, latest, lines)];
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        foreach (var stored in await store.ListAsync(subject.TenantId, subject.MemberKey, ct))
        {
            var r = stored.Reflection;
            if (stored.FollowUpDue is { } followUp)
            {
                await due.RemoveAsync(new ReflectionDue(ReflectionDueKind.FollowUp, r.TenantId, r.AuthorKey, r.Id, r.FollowUps.Count, followUp), ct);
            }

            if (stored.NudgeDue is { } nudge)
            {
                await due.RemoveAsync(new ReflectionDue(ReflectionDueKind.Nudge, r.TenantId, r.AuthorKey, r.Id, 0, nudge), ct);
            }

            await store.DeleteAsync(r.TenantId, r.AuthorKey, r.Id, ct);
        }

    }
}
