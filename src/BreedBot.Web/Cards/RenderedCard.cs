using System.Text.Json.Nodes;
using BreedBot.Connector.Schema;

namespace BreedBot.Web.Cards;

/// <summary>
/// A bound Adaptive Card ready to attach to an activity. <see cref="Summary"/> goes in the
/// activity's <c>summary</c>: the lock-screen preview, so it never carries content.
/// </summary>
public sealed record RenderedCard(JsonObject Content, string Summary)
{
    private JsonNode? written;

    /// <summary>
    /// The same card with its JSON written now, once, for a card many turns share and nobody changes (the help card):
    /// each reply then copies the bytes instead of walking the tree again.
    /// </summary>
    public RenderedCard Written() => this with { written = RawJson.Of(Content).Node() };

    /// <summary>What goes in the attachment: the bytes written by <see cref="Written"/>, or the tree.</summary>
    public JsonNode Attached => written ?? Content;
}
