namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// One kind of inbound activity the load generator sends: a name, how its requests are made (before each
/// timed run, untimed: for <c>count</c> expected requests, each from a distinct user in a distinct
/// conversation), and whether the peer can play it too. A new scenario is one more entry in <see cref="All"/>.
/// </summary>
internal sealed record InboundScenario(string Name, Func<ScenarioSetup, int, CancellationToken, Task<IRequestSource>> Prepare, bool PeerToo)
{
    /// <summary>The scenarios whose requests need no seeded state: a new user sends a message.</summary>
    public static IReadOnlyList<(string Name, Func<ActivitySeed, string> Activity)> Messages { get; } =
    [
        // The help card: parse, authenticate, render a card, reply. No storage.
        ("help", seed => seed.Message("help")),
        // "mijn gegevens" from someone BreedBot does not know yet: storage reads, a card reply.
        ("mydata", seed => seed.Message("mijn gegevens")),
    ];

    public static IReadOnlyList<InboundScenario> All { get; } =
    [
        Fresh("help", Messages[0].Activity, peerToo: true),
        Fresh("mydata", Messages[1].Activity, peerToo: false),
        // Step 1 of a reflection in progress submitted: one read and one ETag write of the reflection, step 2's card as the invoke answer.
        new("reflection-step", ReflectionStepScenario.PrepareAsync, PeerToo: false),
        // "We hebben gesproken" on this week's duo reminder: the duo week stored, facts recorded, the partner's card updated.
        new("checkin", CheckInScenario.PrepareAsync, PeerToo: false),
    ];

    /// <summary>Made up per request: a new user and conversation, the reply expected in that conversation.</summary>
    public static InboundScenario Fresh(string name, Func<ActivitySeed, string> activity, bool peerToo) =>
        new(name, (setup, _, _) => Task.FromResult<IRequestSource>(new FreshRequests(setup.NextSeed, activity)), peerToo);

    public static InboundScenario Named(string name) =>
        All.FirstOrDefault(scenario => scenario.Name == name) ?? throw new ArgumentException($"no scenario '{name}'");
}
