using BreedBot.Domain.TeamWeeks;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The one notice to the partner(s) when a moment is skipped ahead of time: who, and which moment — never the reason.
/// Queued in the outbox, one per partner and skipped week, so a repeated press tells nobody twice.
/// </summary>
internal sealed class SkipAheadNotices(IOutbox outbox)
{
    public async Task TellPartnersAsync(DuoContext duo, string skipper, IsoWeek week, DateOnly date, CancellationToken ct)
    {
        var texts = DuoWeekTexts.For(UserLanguage.Dutch);
        var culture = DateTexts.Culture(UserLanguage.Dutch);
        var line = texts.PartnerSkipsAhead(duo.NameOf(skipper) ?? texts.Partners([]), culture.DateTimeFormat.GetDayName(date.DayOfWeek), date.ToString("d MMMM", culture), duo.Team.TeamName);
        foreach (var partner in duo.Schedule.OrderedMembers.Where(m => m != skipper))
        {
            var card = NoticeCard.Render(UserLanguage.Dutch, texts.MomentTitle, line);
            await outbox.EnqueueAsync(
                new OutboundMessage(duo.Team.TenantId, duo.TeamOf(partner), partner, $"skipped-ahead/{week}/{duo.Schedule.Key}", MessageKinds.DuoNotice, card, null) { Week = week.ToString() }, ct);
        }
    }
}
