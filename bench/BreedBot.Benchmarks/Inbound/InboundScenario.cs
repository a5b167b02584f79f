using System.Globalization;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// One kind of inbound activity the load generator sends: a name, the activity for the n-th
/// request (a distinct user and conversation each time), and whether the peer can play it too.
/// A new scenario is one more entry in <see cref="All"/>.
/// </summary>
internal sealed record InboundScenario(string Name, Func<ActivitySeed, string> Activity, bool PeerToo)
{
    public static IReadOnlyList<InboundScenario> All { get; } =
    [
        // The help card: parse, authenticate, render a card, reply. No storage.
        new("help", seed => seed.Message("help"), PeerToo: true),
        // "mijn gegevens" from someone BreedBot does not know yet: storage reads, a card reply.
        new("mydata", seed => seed.Message("mijn gegevens"), PeerToo: false),
    ];

    public static InboundScenario Named(string name) =>
        All.FirstOrDefault(scenario => scenario.Name == name) ?? throw new ArgumentException($"no scenario '{name}'");
}

/// <summary>What makes each request's activity distinct, and where replies go.</summary>
internal sealed record ActivitySeed(long Sequence, string RunId, string ServiceUrl, string BotId, string TenantId)
{
    public string UserId => "29:bench-user-" + RunId + "-" + N;

    public string AadObjectId => "00000000-0000-4000-8000-" + Sequence.ToString("D12", CultureInfo.InvariantCulture);

    public string ConversationId => "a:bench-chat-" + RunId + "-" + N;

    private string N => Sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>A personal-chat message as Teams sends it (the fields BreedBot and the SDK read).</summary>
    public string Message(string text) => $$$"""
        {"type":"message","id":"msg-{{{N}}}","timestamp":"2027-02-15T09:00:00.000Z","localTimestamp":"2027-02-15T10:00:00.000+01:00",
        "serviceUrl":"{{{ServiceUrl}}}","channelId":"msteams",
        "from":{"id":"{{{UserId}}}","name":"Bench User {{{N}}}","aadObjectId":"{{{AadObjectId}}}"},
        "conversation":{"conversationType":"personal","tenantId":"{{{TenantId}}}","id":"{{{ConversationId}}}"},
        "recipient":{"id":"{{{BotId}}}","name":"BreedBot"},
        "textFormat":"plain","locale":"nl-NL","text":"{{{text}}}",
        "entities":[{"type":"clientInfo","locale":"nl-NL","country":"NL","platform":"Web","timezone":"Europe/Amsterdam"}],
        "channelData":{"tenant":{"id":"{{{TenantId}}}"} } }
        """;
}
