using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Reflections;
using BreedBot.Web.Settings;
using BreedBot.Web.Summaries;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Meldcode;

/// <summary>
/// "Acuut gevaar" on every card a person gets in their personal chat, in the same place on each: the last action,
/// red, independent of the card's inputs — over every template with its sample data and every factory variant.
/// </summary>
public sealed class AcuteActionTests
{
    /// <summary>
    /// The cards that do not end with the button, each for a reason: the acute card itself, and the two that only
    /// a team channel gets (the weekly summary; the owners' settings, and its pool card opened in its place). The channel's
    /// welcome card does carry it.
    /// </summary>
    private static readonly HashSet<string> Exempt = [AcuteCard.TemplateName, SummaryCard.TemplateName, SettingsCard.TemplateName, PoolSettingsCard.TemplateName];

    private static readonly HashSet<string> YesNo = ["Ja", "Nee", "Yes", "No"];

    public static TheoryData<string> PersonalCards()
    {
        var data = new TheoryData<string>();
        foreach (var id in CardCases.All.Keys.Where(id => !Exempt.Contains(TemplateOf(id))).Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PersonalCards))]
    public void Card_InThePersonalChat_EndsWithTheAcuteDangerButton(string id)
    {
        var card = Render(id);

        var last = Assert.IsType<JsonObject>(card["actions"]!.AsArray()[^1]);
        Assert.Equal("Action.Execute", last["type"]!.GetValue<string>());
        Assert.Equal("acute.open", last["verb"]!.GetValue<string>());
        Assert.Equal("acute.open", last["data"]!["verb"]!.GetValue<string>());
        Assert.Equal("none", last["associatedInputs"]!.GetValue<string>());
        Assert.Equal("destructive", last["style"]!.GetValue<string>());
        Assert.Contains(last["title"]!.GetValue<string>(), (string[])["Acuut gevaar", "Acute danger"]);
        Assert.Single(ActionLists(card).SelectMany(list => list), a => a["verb"]?.GetValue<string>() == "acute.open");
    }

    [Theory]
    [MemberData(nameof(PersonalCards))]
    public void Card_InThePersonalChat_NeverPutsTheAcuteButtonDirectlyBeforeAYesOrNo(string id)
    {
        foreach (var list in ActionLists(Render(id)))
        {
            for (var i = 0; i + 1 < list.Count; i++)
            {
                Assert.False(
                    list[i]["verb"]?.GetValue<string>() == "acute.open" && YesNo.Contains(list[i + 1]["title"]?.GetValue<string>() ?? ""),
                    $"{id}: 'acuut gevaar' directly before '{list[i + 1]["title"]}'");
            }
        }
    }

    [Fact]
    public void Card_SharedReflectionForThePartner_CarriesNoReflectionIdOnItsAcuteButton()
    {
        foreach (var id in CardCases.All.Keys.Where(id => TemplateOf(id) == ReflectionSharedCard.TemplateName))
        {
            var acute = Render(id)["actions"]!.AsArray()[^1]!;

            Assert.Null(acute["data"]!["reflectionId"]);
        }
    }

    private static JsonObject Render(string id)
    {
        var card = CardCases.All[id];
        return CardBinder.Expand(card.Template, card.Data)!.AsObject();
    }

    private static string TemplateOf(string id) => id.Split(':')[1];

    /// <summary>Every list of actions in the card: the card's own, action sets in the body, and those of shown cards.</summary>
    private static IEnumerable<List<JsonObject>> ActionLists(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["actions"] is JsonArray actions)
                {
                    yield return [.. actions.OfType<JsonObject>()];
                }

                foreach (var (_, value) in obj)
                {
                    foreach (var list in ActionLists(value))
                    {
                        yield return list;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var list in ActionLists(item))
                    {
                        yield return list;
                    }
                }

                break;
        }
    }
}
