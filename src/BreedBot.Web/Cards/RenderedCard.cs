using System.Text.Json.Nodes;

namespace BreedBot.Web.Cards;

/// <summary>
/// A bound Adaptive Card ready to attach to an activity. <see cref="Summary"/> goes in the
/// activity's <c>summary</c>: the lock-screen preview, so it never carries content.
/// </summary>
public sealed record RenderedCard(JsonObject Content, string Summary);
