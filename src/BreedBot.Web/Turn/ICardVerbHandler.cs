using System.Text.Json;
using BreedBot.Connector.Schema;

namespace BreedBot.Web.Turn;

/// <summary>
/// Answers the Action.Execute verbs it names; the invoke response it returns is what the clicking
/// user sees (often the card itself, updated in place).
/// </summary>
internal interface ICardVerbHandler
{
    /// <summary>The verbs it answers, each with where it may be answered (<see cref="CardVerb"/>).</summary>
    IReadOnlyCollection<CardVerb> Verbs { get; }

    Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct);
}
