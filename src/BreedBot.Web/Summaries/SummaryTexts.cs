using System.Globalization;
using BreedBot.Domain.Teams;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Summaries;

/// <summary>Every word of the weekly summary and what BreedBot says around it, Dutch and English side by side.</summary>
internal static partial class SummaryTexts
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

    /// <summary>Content-free: no numbers, no team name.</summary>
    public static string CardSummary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: weekly summary" : "BreedBot: weekoverzicht";

    public static string Title(bool en) => en ? "Our week in BreedBot" : "Onze week in BreedBot";

    public static string Note(bool detailed, bool en) => detailed
        ? (en ? "Only numbers of 3 or more are shown; never names or who missed a moment." : "We tonen alleen aantallen van 3 of meer; nooit namen of wie een moment miste.")
        : (en
            ? "This week fewer than 3 people took part, so we show no numbers: with so few, a number would say who did what. Every moment you had together still counts."
            : "Deze week deden minder dan 3 mensen mee, dus tonen we geen aantallen: bij zo weinig mensen zegt een getal wie wat deed. Elk moment dat jullie samen hadden, telt gewoon mee.");

    /// <summary>"Rustige week (kerstvakantie)": the team's own quiet weeks touch this week.</summary>
    public static string Quiet(IReadOnlyList<string> labels, bool en) => labels.Count == 0 ? ""
        : en ? $"Quiet week ({string.Join(", ", labels)}): duo moments on these days are not planned and not counted."
        : $"Rustige week ({string.Join(", ", labels)}): duomomenten op deze dagen zijn niet gepland en tellen niet mee.";

    public static string TipLabel(bool en) => en ? "Tip of the week" : "Tip van de week";

    public static string Source(string sourceName, bool en) => (en ? "Source: " : "Bron: ") + sourceName;

    public static string SourceTitle(bool en) => en ? "Read more" : "Meer weten";

    /// <summary>BreedBot's own advice beside a tip, said as BreedBot's: never under the source's name.</summary>
    public static string Advice(string advice, bool en) => (en ? "BreedBot's own advice: " : "Advies van BreedBot zelf: ") + advice;
}
