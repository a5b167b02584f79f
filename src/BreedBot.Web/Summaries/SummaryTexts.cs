using System.Globalization;
using BreedBot.Domain.Teams;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Summaries;

/// <summary>What BreedBot says around the weekly summary, in Dutch and English.</summary>
internal static class SummaryTexts
{
    public static string OnlyInTeamChannel(UserLanguage language) => language == UserLanguage.English
        ? "The summary is posted in the channel of a team that has BreedBot installed: '@BreedBot summary'."
        : "Het overzicht plaats je in het kanaal van een team waarin BreedBot is geïnstalleerd: '@BreedBot overzicht'.";

    public static string OnlyOwners(UserLanguage language, TeamSettings settings)
    {
        var en = language == UserLanguage.English;
        var culture = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL");
        var day = culture.DateTimeFormat.GetDayName(settings.SummaryDay);
        var time = settings.SummaryTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        return en
            ? $"Only owners of this team can post the summary on request. It arrives in the team's channel automatically every {day} at {time}."
            : $"Alleen eigenaren van dit team kunnen het overzicht op verzoek plaatsen. Het komt vanzelf in het kanaal van het team, elke {day} om {time}.";
    }

    public static string Paused(UserLanguage language) => language == UserLanguage.English
        ? "BreedBot is paused for this team, so there is no summary. An owner can resume it with '@BreedBot settings'."
        : "BreedBot staat gepauzeerd voor dit team, dus er is geen overzicht. Een eigenaar kan dat aanzetten met '@BreedBot instellingen'.";
}
