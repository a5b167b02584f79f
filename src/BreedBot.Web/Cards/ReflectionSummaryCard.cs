using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Reflections;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>
/// The end of a reflection: the answers, the line for the client file, when the follow-up comes,
/// who sees it, and — when unsafety was named — the "Veilig Thuis gebeld / melding gedaan" button.
/// </summary>
internal static class ReflectionSummaryCard
{
    public const string TemplateName = "reflection-summary";
    public const string VeiligThuisVerb = "reflection.vt";

    public static RenderedCard Render(UserLanguage language, Reflection reflection, DateOnly completedOn, IReadOnlyList<string> partnerNames) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection, completedOn, partnerNames)), ReflectionCardTexts.Summary(language));

    internal static JsonObject Data(UserLanguage language, Reflection r, DateOnly completedOn, IReadOnlyList<string> partnerNames)
    {
        var en = language == UserLanguage.English;
        var unsafety = r.Meldcode?.CallsForVeiligThuis == true;
        var doubt = r.Meldcode?.DoubtsUnsafety == true;
        var contacted = r.VeiligThuisContactedAt is not null;
        return new JsonObject
        {
            ["title"] = en ? $"Reflection done: {r.Label}" : $"Reflectie klaar: {r.Label}",
            ["hasSafety"] = r.Meldcode?.MayBeAcute == true,
            ["safety"] = ReflectionCardTexts.AcuteSafety(language, doubt: r.Meldcode?.AcuteUnsafety == TriState.Unknown),
            ["intro"] = en ? "Well done for taking the time. Your answers:" : "Goed dat je de tijd nam. Je antwoorden:",
            ["facts"] = new JsonArray([.. ReflectionFacts.Of(r, en).Select(f => (JsonNode?)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
            ["dossierHeading"] = en ? "For the client file (copy it; BreedBot is not a file):" : "Voor het dossier (kopieer het; BreedBot is geen dossier):",
            ["dossierLine"] = DossierLine.For(r, completedOn, en),
            ["followUp"] = r.NextStep is { } s
                ? (en ? $"On {ReflectionCardTexts.Date(s.By, en)} BreedBot asks how your step went." : $"Op {ReflectionCardTexts.Date(s.By, en)} vraagt BreedBot hoe je stap ging.")
                : "",
            ["sharing"] = r.Shared == true && partnerNames.Count > 0
                ? (en ? $"Shared with your duo partner {string.Join(", ", partnerNames)}: only the two of you see it." : $"Gedeeld met je duo-partner {string.Join(", ", partnerNames)}: alleen jullie tweeën zien het.")
                : (en ? "Only you see this reflection." : "Alleen jij ziet deze reflectie."),
            ["hasVeiligThuisNote"] = unsafety,
            ["veiligThuisNote"] = contacted
                ? (en ? "You marked that you called Veilig Thuis or made a report." : "Je gaf aan dat je Veilig Thuis hebt gebeld of een melding hebt gedaan.")
                : doubt
                ? (en
                    ? "You're not sure whether there is acute or structural unsafety. In direct danger: call 112. " + ReflectionCardTexts.InDoubt(en)
                    : "Je weet niet zeker of er acute of structurele onveiligheid is. Bij direct gevaar: bel 112. " + ReflectionCardTexts.InDoubt(en))
                : (en
                    ? "You named acute or structural unsafety. The afwegingskader says: then reporting to Veilig Thuis is the professional norm. Consult Veilig Thuis (0800-2000) or your aandachtsfunctionaris."
                    : "Je noemde acute of structurele onveiligheid. Het afwegingskader zegt: dan is melden bij Veilig Thuis de professionele norm. Overleg met Veilig Thuis (0800-2000) of je aandachtsfunctionaris."),
            ["showVeiligThuisButton"] = unsafety && !contacted,
            ["veiligThuisButton"] = en ? "Called Veilig Thuis / report made" : "Veilig Thuis gebeld / melding gedaan",
            ["reflectionId"] = r.Id,
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
        };
    }
}
