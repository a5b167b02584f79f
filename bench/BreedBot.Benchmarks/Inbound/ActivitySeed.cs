using System.Globalization;
using System.Text.Json.Nodes;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>What makes each request's activity distinct — its user, their personal chat — and where replies go.</summary>
internal sealed record ActivitySeed(long Sequence, string RunId, string ServiceUrl, string BotId, string TenantId)
{
    public string UserId => "29:bench-user-" + RunId + "-" + N;

    public string AadObjectId => "00000000-0000-4000-8000-" + Sequence.ToString("D12", CultureInfo.InvariantCulture);

    public string ConversationId => "a:bench-chat-" + RunId + "-" + N;

    public string Name => "Bench User " + N;

    private string N => Sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>A personal-chat message as Teams sends it (the fields BreedBot and the SDK read).</summary>
    public string Message(string text) => $$$"""
        {"type":"message","id":"msg-{{{N}}}","timestamp":"2027-02-15T09:00:00.000Z","localTimestamp":"2027-02-15T10:00:00.000+01:00",
        "serviceUrl":"{{{ServiceUrl}}}","channelId":"msteams",
        "from":{"id":"{{{UserId}}}","name":"{{{Name}}}","aadObjectId":"{{{AadObjectId}}}"},
        "conversation":{"conversationType":"personal","tenantId":"{{{TenantId}}}","id":"{{{ConversationId}}}"},
        "recipient":{"id":"{{{BotId}}}","name":"BreedBot"},
        "textFormat":"plain","locale":"nl-NL","text":"{{{text}}}",
        "entities":[{"type":"clientInfo","locale":"nl-NL","country":"NL","platform":"Web","timezone":"Europe/Amsterdam"}],
        "channelData":{"tenant":{"id":"{{{TenantId}}}"} } }
        """;

    /// <summary>
    /// An Action.Execute button pressed on a card in the personal chat, as Teams sends it: an invoke named
    /// <c>adaptiveCard/action</c> whose value carries the verb and the button's data merged with the card's inputs
    /// (the verb repeated in the data, as BreedBot's cards put it there).
    /// </summary>
    public string Invoke(string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data["verb"] = verb;
        return $$$"""
            {"type":"invoke","name":"adaptiveCard/action","id":"invoke-{{{N}}}","timestamp":"2027-02-15T09:00:00.000Z","localTimestamp":"2027-02-15T10:00:00.000+01:00",
            "serviceUrl":"{{{ServiceUrl}}}","channelId":"msteams",
            "from":{"id":"{{{UserId}}}","name":"{{{Name}}}","aadObjectId":"{{{AadObjectId}}}"},
            "conversation":{"conversationType":"personal","tenantId":"{{{TenantId}}}","id":"{{{ConversationId}}}"},
            "recipient":{"id":"{{{BotId}}}","name":"BreedBot"},
            "replyToId":"card-{{{N}}}","locale":"nl-NL",
            "entities":[{"type":"clientInfo","locale":"nl-NL","country":"NL","platform":"Web","timezone":"Europe/Amsterdam"}],
            "channelData":{"tenant":{"id":"{{{TenantId}}}"},"source":{"name":"message"},"legacy":{"replyToId":"card-{{{N}}}"} },
            "value":{"action":{"type":"Action.Execute","title":"bench","verb":"{{{verb}}}","data":{{{data.ToJsonString()}}} },"trigger":"manual"} }
            """;
    }
}
