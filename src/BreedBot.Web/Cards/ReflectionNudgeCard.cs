using System.Text.Json.Nodes;
using BreedBot.Domain.Reflections;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>The one reminder after a working day when unsafety was named and Veilig Thuis not yet marked as contacted.</summary>
internal static class ReflectionNudgeCard
{
    public const string TemplateName = "reflection-nudge";

    public static RenderedCard Render(UserLanguage language, Reflection reflection) =>
        new(CardTemplates.Render(TemplateName, Data(language, reflection)), ReflectionCardTexts.Summary(language));

    internal static JsonObject Data(UserLanguage language, Reflection r)
    {
        var en = language == UserLanguage.English;
        return new JsonObject
        {
            ["title"] = en ? $"A reminder about {r.Label}" : $"Even een herinnering: {r.Label}",
            ["lines"] = new JsonArray(
                r.Meldcode?.DoubtsUnsafety == true
                    ? (en
                        ? "You weren't sure in this reflection whether there is acute or structural unsafety. The meldcode says: " + ReflectionCardTexts.InDoubt(en)
                        : "Je wist in deze reflectie niet zeker of er acute of structurele onveiligheid is. De meldcode zegt: " + ReflectionCardTexts.InDoubt(en))
                    : en
                    ? "You named acute or structural unsafety in this reflection. The afwegingskader says: then reporting to Veilig Thuis is the professional norm, and Veilig Thuis goes through the next questions with you."
                    : "Je noemde in deze reflectie acute of structurele onveiligheid. Het afwegingskader zegt: dan is melden bij Veilig Thuis de professionele norm, en Veilig Thuis loopt de volgende vragen met je door.",
                en
                    ? "You decide, not BreedBot. Did you already call Veilig Thuis or make a report? Then mark it below and this reminder will not come back."
                    : "Jij beslist, niet BreedBot. Heb je Veilig Thuis al gebeld of een melding gedaan? Geef het hieronder aan; deze herinnering komt dan niet terug."),
            ["safety"] = SafetyNotice.Data(language),
            ["veiligThuisButton"] = en ? "Called Veilig Thuis / report made" : "Veilig Thuis gebeld / melding gedaan",
            ["reflectionId"] = r.Id,
            ["acuteAction"] = AcuteAction.Data(language, r.Id),
        };
    }
}
