using System.Text.Json.Nodes;
using BreedBot.Domain.Privacy;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Cards;

/// <summary>
/// A card's maxLength counts UTF-16 units and BreedBot counts characters as a person sees them, so every
/// free-text input lets through <see cref="FreeTextLimits.CardUnitsPerCharacter"/> units per character:
/// 40 emoji fit in a label, and the server says it when a text is too long.
/// </summary>
public sealed class FreeTextInputTests
{
    [Theory]
    [InlineData("reflection-step", "label", FreeTextLimits.Label)]
    [InlineData("reflection-step", "trigger", FreeTextLimits.Text)]
    [InlineData("reflection-step", "effectText", FreeTextLimits.Text)]
    [InlineData("reflection-step", "goalText", FreeTextLimits.Text)]
    [InlineData("reflection-step", "stepWhat", FreeTextLimits.Text)]
    [InlineData("reflection-followup", "happened", FreeTextLimits.Text)]
    [InlineData("reflection-followup", "helped", FreeTextLimits.Text)]
    [InlineData("reflection-followup", "newWhat", FreeTextLimits.Text)]
    [InlineData("reflection-shared", "response", FreeTextLimits.Text)]
    [InlineData("courage", "story", FreeTextLimits.Text)]
    public void TextInput_MaxLength_LetsThroughTheLimitInEmoji(string template, string id, int limit)
    {
        var input = Inputs(CardCases.ReadJson(Path.Combine(RepoPaths.Cards, template + ".json"))).Single(i => i["id"]?.GetValue<string>() == id);

        Assert.Equal(limit * FreeTextLimits.CardUnitsPerCharacter, input["maxLength"]!.GetValue<int>());
        Assert.True(string.Concat(Enumerable.Repeat("😀", limit)).Length <= input["maxLength"]!.GetValue<int>());
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Input.Text" => [obj],
        JsonObject obj => obj.SelectMany(p => Inputs(p.Value)),
        JsonArray array => array.SelectMany(Inputs),
        _ => [],
    };
}
