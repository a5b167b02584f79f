using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Web.Localization;
using BreedBot.Web.Pairing;

namespace BreedBot.Web.Tests.Pairing;

/// <summary>The question a typed "wissel" gets, for the card oracle: the sample, a team without a name, hostile text.</summary>
internal static class SwapCardCases
{
    /// <summary>What cards/swap.data.json shows.</summary>
    public static SwapCardModel Sample { get; } = new("aad-alex", "19:wijkteam-noord@thread.tacv2", "Wijkteam Noord", "r000003-1a2b3c4d5e6f", DuoRhythm.EveryWeek);

    public static IEnumerable<(string Variant, JsonObject Data)> All(UserLanguage language)
    {
        yield return ("sample", SwapCard.Data(language, Sample));
        yield return ("noname", SwapCard.Data(language, Sample with { TeamName = null, TeamRhythm = DuoRhythm.EveryTwoWeeks }));
        yield return ("hostile", SwapCard.Data(language, new("${member}", "\"}{\" ${team}", "\"}{\" ${title} <b>x</b>", "${duo}", DuoRhythm.EveryWeek)));
    }
}
