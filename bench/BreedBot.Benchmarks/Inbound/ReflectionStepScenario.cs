using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// 'reflection-step': the "Volgende" button of step 1 of a reflection the person already started, with
/// valid answers — BreedBot reads the reflection from their partition, applies the step, writes it back
/// under its ETag and answers with step 2's card in place. Before timing, each person starts their
/// reflection through BreedBot's own endpoint ('Nieuwe reflectie', verb <c>reflection.new</c>, whose answer
/// is step 1's card); the timed request carries that card's reflection id, step and version. Accepted only
/// when the answer is step 2's card of that same reflection (a stale or refused submit shows step 1 with a notice).
/// </summary>
internal static class ReflectionStepScenario
{
    private const int SetupConcurrency = 16;

    public static async Task<IRequestSource> PrepareAsync(ScenarioSetup setup, int count, CancellationToken ct)
    {
        var prepared = new ConcurrentQueue<InboundRequest>();
        var failed = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = SetupConcurrency, CancellationToken = ct }, async (_, token) =>
        {
            var seed = setup.NextSeed();
            var answer = await setup.PostAsync(seed.Invoke("reflection.new", new JsonObject()), token);
            if (answer is null || NextData(answer) is not { } next || Number(next["step"]) != 1 || next["reflectionId"]?.GetValue<string>() is not { } id)
            {
                Interlocked.Increment(ref failed);
                return;
            }

            next["label"] = "casus A";
            next["form"] = "ChildAbuse";
            next["children"] = "Yes";
            prepared.Enqueue(new InboundRequest(seed.Invoke("reflection.next", next)) { Accepts = body => IsStep(body, id, 2) });
        });

        if (prepared.IsEmpty)
        {
            throw new InvalidOperationException($"no reflection could be started ({failed} failed)");
        }

        return new PreparedRequests(prepared, string.Create(CultureInfo.InvariantCulture,
            $"{prepared.Count} reflections started through BreedBot's endpoint (reflection.new) in {started.Elapsed.TotalSeconds:F1} s, {failed} failed"));
    }

    /// <summary>The answer is a 200 with the step card of <paramref name="step"/> for reflection <paramref name="id"/>.</summary>
    private static bool IsStep(string body, string id, int step) =>
        JsonNode.Parse(body) is JsonObject answer
        && Number(answer["statusCode"]) == 200
        && NextData(answer) is { } next
        && Number(next["step"]) == step
        && next["reflectionId"]?.GetValue<string>() == id;

    private static JsonObject? NextData(string body) => JsonNode.Parse(body) is JsonObject answer ? NextData(answer) : null;

    /// <summary>The data of the card's "next" button (reflection id, step, version), as Teams would send it back.</summary>
    private static JsonObject? NextData(JsonObject answer) =>
        Actions(answer["value"]).FirstOrDefault(a => a["verb"]?.GetValue<string>() == "reflection.next")?["data"]?.DeepClone() as JsonObject;

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Action.Execute" => [obj],
        JsonObject obj => obj.SelectMany(p => Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };

    private static int Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var n) ? n : -1;
}
