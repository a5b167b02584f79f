using System.Text.Json.Nodes;
using BreedBot.Domain.Meldcode;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Reflections;

namespace BreedBot.Web.Reflections;

/// <summary>
/// After "where am I in the meldcode": that step's questions from the meldcode guide and the notes
/// of the author's beroepscluster, shown on the next card (the courageous step), so the step can
/// follow from them. Nothing when the meldcode is not started yet or the step is elsewhere.
/// </summary>
internal static class ReflectionMeldcodeGuide
{
    public static bool Applies(Reflection r) =>
        r.Step == ReflectionStep.NextStep && r.Meldcode is { Stage: not MeldcodeStep.NotStarted };

    public static JsonObject Data(Reflection r, Beroepscluster? cluster, ReflectionTexts t)
    {
        if (!Applies(r))
        {
            return new JsonObject { ["title"] = "", ["questions"] = new JsonArray(), ["hasNotes"] = false, ["notes"] = new JsonArray() };
        }

        var en = t.English;
        var step = r.Meldcode!.Stage;
        var guide = MeldcodeGuide.For(step);
        var notes = ClusterNotes.For(cluster, step).Select(n => n.In(en)).ToList();
        if (step == MeldcodeStep.ClientConversation && t.ExpertBeforeTalking(r) is { Length: > 0 } expertFirst)
        {
            notes.Insert(0, expertFirst);
        }

        return new JsonObject
        {
            ["title"] = t.MeldcodeGuideTitle(guide.Number, guide.Title.In(en)),
            ["questions"] = new JsonArray([.. guide.Questions.Select(q => (JsonNode?)("- " + q.In(en)))]),
            ["hasNotes"] = notes.Count > 0,
            ["notes"] = new JsonArray([.. notes.Select(n => (JsonNode?)n)]),
        };
    }
}
