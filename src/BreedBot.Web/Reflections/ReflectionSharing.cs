using System.Globalization;
using BreedBot.Domain.Members;
using BreedBot.Domain.Reflections;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.Reflections;

/// <summary>
/// Brings a shared reflection to the partners it was shared with, each in their own 1:1 chat, and a partner's
/// response back to the author — queued in the outbox, so a partner who blocked BreedBot is a counted delivery and
/// the author's turn goes on: the author already has their summary. A share is keyed by the reflection, a
/// response by the reflection and the moment it was given, so a retried turn never sends either twice.
/// </summary>
internal sealed class ReflectionSharing(IOutbox outbox, MemberStore members, TeamStore teams, ILogger<ReflectionSharing> logger)
{
    public async Task<int> SendToPartnersAsync(Reflection reflection, IReadOnlyList<ReflectionPartner> partners, string? authorName, UserLanguage language, CancellationToken ct)
    {
        var messages = partners.Where(p => reflection.SharedWith.Contains(p.Member.MemberKey))
            .Select(p => new OutboundMessage(p.Team.TenantId, p.Team.TeamId, p.Member.MemberKey, "share/" + reflection.Id, MessageKinds.ReflectionShare,
                ReflectionSharedCard.Render(language, reflection, authorName), null))
            .ToList();
        if (messages.Count > 0)
        {
            await outbox.EnqueueAsync(messages, ct);
        }

        return messages.Count;
    }

    public async Task<bool> TellAuthorAsync(Reflection reflection, string? partnerName, UserLanguage language, CancellationToken ct)
    {
        if (reflection.Response is not { } response || await TeamOfAuthorAsync(reflection, response.PartnerKey, ct) is not { } teamId)
        {
            Log.ReflectionShareFailed(logger, "no-team");
            return false;
        }

        var t = ReflectionTexts.For(language);
        var who = string.IsNullOrWhiteSpace(partnerName) ? t.PartnerFallback : partnerName.Trim();
        var card = NoticeCard.Render(language, t.PartnerResponded(who, reflection.Label), response.Text);
        var occurrence = string.Create(CultureInfo.InvariantCulture, $"share-response/{reflection.Id}/{response.At.UtcTicks}");
        await outbox.EnqueueAsync(new OutboundMessage(reflection.TenantId, teamId, reflection.AuthorKey, occurrence, MessageKinds.ReflectionShare, card, null), ct);
        return true;
    }

    /// <summary>A team with BreedBot that the author is still in, the one they share with the partner first.</summary>
    private async Task<string?> TeamOfAuthorAsync(Reflection reflection, string partnerKey, CancellationToken ct)
    {
        var partnerTeams = (await members.ListTeamsOfAsync(reflection.TenantId, partnerKey, ct)).Select(t => t.TeamId).ToHashSet(StringComparer.Ordinal);
        var candidates = (await members.ListTeamsOfAsync(reflection.TenantId, reflection.AuthorKey, ct)).Select(t => t.TeamId)
            .OrderBy(t => partnerTeams.Contains(t) ? 0 : 1);
        foreach (var teamId in candidates)
        {
            if (await teams.GetAsync(reflection.TenantId, teamId, ct) is { Status: InstallationStatus.Installed }
                && await members.GetAsync(reflection.TenantId, teamId, reflection.AuthorKey, ct) is { Status: not MembershipStatus.Removed })
            {
                return teamId;
            }
        }

        return null;
    }
}
