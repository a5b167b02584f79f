using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The reminder card as a proactive message renders it for one member: Dutch, because a queued message has no
/// incoming locale to follow (a card answered in English comes back in English as the invoke response).
/// </summary>
internal static class DuoReminderCards
{
    public const string Locale = "nl-NL";

    public static RenderedCard For(DuoContext duo, string member, DuoWeek state)
    {
        var (date, time) = state.MomentOf(duo.Schedule.Duo.Moment);
        var model = new DuoReminderModel(duo.Team.TeamId, duo.Team.TeamName, state.Week, duo.Schedule.Key, duo.Schedule.OrderedMembers, date, time, duo.PartnerNamesOf(member), state);
        return DuoReminderCard.Render(UserLanguage.Dutch, model);
    }
}
