using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.DuoWeeks;

/// <summary>
/// The reminder card as a proactive message renders it for one member, in that member's language
/// (<see cref="Kernel.RecipientLanguages"/>); a card answered in another language comes back in it as the invoke response.
/// </summary>
internal static class DuoReminderCards
{
    public static RenderedCard For(DuoContext duo, string member, DuoWeek state, UserLanguage language) =>
        DuoReminderCard.Render(language, Model(duo, member, state));

    /// <summary>The card's model for one member of the duo: the week's moment, their partners by name.</summary>
    public static DuoReminderModel Model(DuoContext duo, string member, DuoWeek state, string? problem = null)
    {
        var (date, time) = state.MomentOf(duo.Schedule.Duo.Moment);
        return new DuoReminderModel(duo.Team.TeamId, duo.Team.TeamName, state.Week, duo.Schedule.Key, duo.Schedule.OrderedMembers, date, time, duo.PartnerNamesOf(member), state, problem);
    }
}
