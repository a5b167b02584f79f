using System.Text.Json;
using System.Text.Json.Serialization;

namespace BreedBot.Connector.Schema;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (an <c>Action.Execute</c>).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public const string InvokeName = "adaptiveCard/action";

    public AdaptiveCardInvokeAction? Action { get; set; }

    /// <summary><c>manual</c> for a click, <c>automatic</c> for a refresh.</summary>
    public string? Trigger { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
