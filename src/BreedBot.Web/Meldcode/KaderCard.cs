using System.Text.Json.Nodes;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// The afwegingskader one question at a time: after an answer, what the kader says; then the next
/// question, or the end. Always: who to consult, and that the professional decides.
/// </summary>
public static class KaderCard
{
    public const string TemplateName = "meldcode-kader";

    /// <summary>A question not yet answered (the first, when coming from step 4).</summary>
    public static RenderedCard Ask(KaderQuestion question, UserLanguage language, string? reflectionId = null) =>
        new(CardTemplates.Render(TemplateName, Data(null, question, language, reflectionId)), MeldcodeTexts.For(language).Summary);

    /// <summary>What the kader says about an answer, with the next question when there is one.</summary>
    public static RenderedCard Answered(KaderAnswer answer, UserLanguage language, string? reflectionId = null, Beroepscluster? cluster = null) =>
        new(CardTemplates.Render(TemplateName, Data(answer, answer.Next, language, reflectionId, cluster)), MeldcodeTexts.For(language).Summary);

    internal static JsonObject Data(KaderAnswer? answer, KaderQuestion? next, UserLanguage language, string? reflectionId, Beroepscluster? cluster = null)
    {
        var texts = MeldcodeTexts.For(language);
        var en = language == UserLanguage.English;
        return new JsonObject
        {
            ["title"] = texts.KaderTitle,
            ["acute"] = SafetyNotice.Data(language)["acute"]!.GetValue<string>(),
            ["hasAnswer"] = answer is not null,
            ["answered"] = answer is null ? string.Empty : MeldcodeCard.Format(texts.YouAnswered, (int)answer.Question, answer.Yes ? texts.Yes.ToLowerInvariant() : texts.No.ToLowerInvariant()),
            ["says"] = answer switch
            {
                { Norm: { } norm } => KaderTexts.Says(norm, cluster).In(en),
                null => string.Empty,
                _ => texts.KaderGoesOn,
            },
            ["hasQuestion"] = next is not null,
            ["question"] = next is { } q ? KaderTexts.Question(q).In(en) : string.Empty,
            ["questionNumber"] = next is { } n ? (int)n : 0,
            ["consult"] = KaderTexts.WhoToConsult.In(en),
            ["yesButton"] = texts.Yes,
            ["noButton"] = texts.No,
            ["answerVerb"] = MeldcodeVerbs.Kader,
            ["stepButton"] = texts.BackToStep4,
            ["stepVerb"] = MeldcodeVerbs.Step,
            ["acuteAction"] = AcuteAction.Data(language, reflectionId),
            ["reflectionId"] = reflectionId ?? string.Empty,
        };
    }
}
