using BreedBot.Domain.Reflections;
using BreedBot.Storage;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Reflections;

/// <summary>
/// The person's reflections (open and finished), their follow-ups and their partners' responses:
/// counted with labels and dates in the overview, in full in the export, and deleted with the
/// entries that would have brought a follow-up or reminder. Also what others shared with the person
/// and their responses to it: those live on the author's row, so erasing takes the person's key and
/// response off it and leaves the author's own answers.
/// </summary>
internal sealed class ReflectionPersonalData(ReflectionStore store, ReflectionDueStore due, ReflectionShareStore shares, ReflectionRetraction retraction, TimeProvider time) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.Reflections;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var t = ReflectionTexts.For(language);
        var all = (await store.ListAsync(subject.TenantId, subject.MemberKey, ct)).Select(s => s.Reflection).OrderByDescending(r => r.StartedAt).ToList();
        var lines = new List<string>();
        foreach (var r in all)
        {
            var state = r.IsCompleted ? t.Finished(PersonalDataDates.Format(r.CompletedAt!.Value, language)) : t.OpenAtStep((int)r.Step);
            var next = r.NextStep is { } s && r.IsCompleted ? PersonalDataDates.Format(s.By, language) : null;
            lines.Add(t.Kept(r.Label, PersonalDataDates.Format(r.StartedAt, language), state, r.SharedWith.Count > 0, r.FollowUps.Count, next));
            lines.AddRange(t.Facts(r).Select(f => $"  {f.Title}: {f.Value}"));
            if (r.Draft is { } draft)
            {
                lines.Add(t.KeptForLater((int)draft.Step));
                lines.AddRange(draft.Values.Select(v => $"    {ReflectionTexts.Short(v.Key, t.English)}: {v.Value}"));
            }

            lines.AddRange(r.FollowUps.Select(f => t.FollowUpLine(PersonalDataDates.Format(f.AnsweredAt, language), f.Outcome, f.WhatHappened, f.WhatHelped)));
            if (r.Response is { } response)
            {
                lines.Add(t.PartnersResponse(response.Text));
            }
        }

        DateTimeOffset? latest = all.Count == 0 ? null : all.Max(r => r.UpdatedAt);
        var sections = new List<PersonalDataSection> { new(t.ReflectionsTitle, all.Count, latest, lines) };
        if (await SharedWithAsync(subject, language, ct) is { } sharedWithThem)
        {
            sections.Add(sharedWithThem);
        }

        return sections;
    }

    /// <summary>Reflections shared with the person, by label and date, with their own response: no answers of the author.</summary>
    private async Task<PersonalDataSection?> SharedWithAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var t = ReflectionTexts.For(language);
        var lines = new List<string>();
        DateTimeOffset? latest = null;
        foreach (var share in (await shares.ListAsync(subject.TenantId, subject.MemberKey, ct)).OrderByDescending(s => s.SharedAt))
        {
            if ((await store.GetAsync(share.TenantId, share.AuthorKey, share.ReflectionId, ct))?.Reflection is not { } r || !r.SharedWith.Contains(subject.MemberKey))
            {
                continue;
            }

            lines.Add(t.SharedWithYou(r.Label, PersonalDataDates.Format(share.SharedAt, language)));
            if (r.Response is { } response && response.PartnerKey == subject.MemberKey)
            {
                lines.Add(t.YourResponseOn(PersonalDataDates.Format(response.At, language), response.Text));
                latest = latest is null || response.At > latest ? response.At : latest;
            }

            latest = latest is null || share.SharedAt > latest ? share.SharedAt : latest;
        }

        return lines.Count == 0 ? null : new PersonalDataSection(t.SharedWithYouTitle, lines.Count(l => !l.StartsWith(' ')), latest, lines);
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

            // The cards go first: their delivery records are found by the reflection, not by the person.
            await retraction.RetractAsync(r.TenantId, r.Id, ct);
            await store.DeleteAsync(r.TenantId, r.AuthorKey, r.Id, ct);
            foreach (var partner in r.SharedWith)
            {
                await shares.RemoveAsync(r.TenantId, partner, r.AuthorKey, r.Id, ct);
            }
        }

        foreach (var share in await shares.ListAsync(subject.TenantId, subject.MemberKey, ct))
        {
            if (await ForgetPartnerAsync(share, ct))
            {
                // Their response, shown in the author's chat, goes with them.
                await retraction.RetractResponseAsync(share.TenantId, share.ReflectionId, ct);
            }

            await shares.RemoveAsync(share.TenantId, share.PartnerKey, share.AuthorKey, share.ReflectionId, ct);
        }
    }

    /// <summary>
    /// Takes the partner off the author's row; a lost race is read again, a reflection that is gone needs nothing.
    /// True when the partner had responded on it.
    /// </summary>
    private async Task<bool> ForgetPartnerAsync(ReflectionShare share, CancellationToken ct)
    {
        for (var attempt = 1; await store.GetAsync(share.TenantId, share.AuthorKey, share.ReflectionId, ct) is { } read; attempt++)
        {
            var forgotten = ReflectionAftercare.ForgetPartner(read.Reflection, share.PartnerKey, time.GetUtcNow());
            if (forgotten == read.Reflection || await store.TryReplaceAsync(read, forgotten, read.FollowUpDue, read.NudgeDue, ct))
            {
                return read.Reflection.Response?.PartnerKey == share.PartnerKey;
            }

            if (attempt == 3)
            {
                throw new StorageConflictException(StorageTables.ReflectionsName, attempt);
            }
        }

        return false;
    }
}
