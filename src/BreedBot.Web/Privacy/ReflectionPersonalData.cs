using BreedBot.Domain.Reflections;
using BreedBot.Storage;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Privacy;

/// <summary>
/// The person's reflections (open and finished), their follow-ups and their partners' responses:
/// counted with labels and dates in the overview, in full in the export, and deleted with the
/// entries that would have brought a follow-up or reminder. Also what others shared with the person
/// and their responses to it: those live on the author's row, so erasing takes the person's key and
/// response off it and leaves the author's own answers.
/// </summary>
internal sealed class ReflectionPersonalData(ReflectionStore store, ReflectionDueStore due, ReflectionShareStore shares, TimeProvider time) : IPersonalDataSource
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
        var sections = new List<PersonalDataSection> { new(en ? "Reflections" : "Reflecties", all.Count, latest, lines) };
        if (await SharedWithAsync(subject, language, ct) is { } sharedWithThem)
        {
            sections.Add(sharedWithThem);
        }

        return sections;
    }

    /// <summary>Reflections shared with the person, by label and date, with their own response: no answers of the author.</summary>
    private async Task<PersonalDataSection?> SharedWithAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var en = language == UserLanguage.English;
        var lines = new List<string>();
        DateTimeOffset? latest = null;
        foreach (var share in (await shares.ListAsync(subject.TenantId, subject.MemberKey, ct)).OrderByDescending(s => s.SharedAt))
        {
            if ((await store.GetAsync(share.TenantId, share.AuthorKey, share.ReflectionId, ct))?.Reflection is not { } r || !r.SharedWith.Contains(subject.MemberKey))
            {
                continue;
            }

            lines.Add(en
                ? $"'{r.Label ?? "-"}': shared with you {PersonalDataDates.Format(share.SharedAt, language)}."
                : $"'{r.Label ?? "-"}': met je gedeeld {PersonalDataDates.Format(share.SharedAt, language)}.");
            if (r.Response is { } response && response.PartnerKey == subject.MemberKey)
            {
                lines.Add($"  {(en ? "Your response" : "Je reactie")} {PersonalDataDates.Format(response.At, language)}: {response.Text}");
                latest = latest is null || response.At > latest ? response.At : latest;
            }

            latest = latest is null || share.SharedAt > latest ? share.SharedAt : latest;
        }

        return lines.Count == 0 ? null : new PersonalDataSection(en ? "Reflections shared with you" : "Met jou gedeelde reflecties", lines.Count(l => !l.StartsWith(' ')), latest, lines);
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
            foreach (var partner in r.SharedWith)
            {
                await shares.RemoveAsync(r.TenantId, partner, r.AuthorKey, r.Id, ct);
            }
        }

        foreach (var share in await shares.ListAsync(subject.TenantId, subject.MemberKey, ct))
        {
            await ForgetPartnerAsync(share, ct);
            await shares.RemoveAsync(share.TenantId, share.PartnerKey, share.AuthorKey, share.ReflectionId, ct);
        }
    }

    /// <summary>Takes the partner off the author's row; a lost race is read again, a reflection that is gone needs nothing.</summary>
    private async Task ForgetPartnerAsync(ReflectionShare share, CancellationToken ct)
    {
        for (var attempt = 1; await store.GetAsync(share.TenantId, share.AuthorKey, share.ReflectionId, ct) is { } read; attempt++)
        {
            var forgotten = ReflectionAftercare.ForgetPartner(read.Reflection, share.PartnerKey, time.GetUtcNow());
            if (forgotten == read.Reflection || await store.TryReplaceAsync(read, forgotten, read.FollowUpDue, read.NudgeDue, ct))
            {
                return;
            }

            if (attempt == 3)
            {
                throw new StorageConflictException(StorageTables.ReflectionsName, attempt);
            }
        }
    }
}
