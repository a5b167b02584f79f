using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>
/// The owners' pool card, opened from the settings card's "Organisatiepool": whether the team is in its organisation's
/// pool, how many teams are, and one button to join or leave. Updated in place; every press is checked on the server.
/// </summary>
public static class PoolSettingsCard
{
    public const string TemplateName = "pool";

    public static RenderedCard Render(UserLanguage language, PoolSettingsCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), SettingsTexts.For(language).CardSummary);

    internal static JsonObject Data(UserLanguage language, PoolSettingsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var t = SettingsTexts.For(language);
        return new JsonObject
        {
            ["title"] = t.PoolTitle(model.TeamName),
            ["intro"] = t.PoolIntro,
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasProblems"] = model.Problem is not null,
            ["problems"] = new JsonArray([.. model.Problem is { } p ? [(JsonNode?)p] : Array.Empty<JsonNode?>()]),
            ["statusLabel"] = SettingsTexts.PoolStatusLabel,
            ["status"] = t.PoolStatus(model.InPool),
            ["teamsLabel"] = t.PoolTeamsLabel,
            ["teams"] = model.PooledTeams.ToString(CultureInfo.InvariantCulture),
            ["how"] = t.PoolHow,
            ["inPool"] = model.InPool,
            ["teamId"] = model.TeamId,
            ["join"] = new JsonObject { ["title"] = t.PoolJoinButton },
            ["leave"] = new JsonObject { ["title"] = t.PoolLeaveButton },
            ["back"] = new JsonObject { ["title"] = t.PoolBackButton },
        };
    }
}

/// <summary>What the pool card shows: the team, whether it is in the pool, how many teams are, and a notice or a refusal.</summary>
public sealed record PoolSettingsCardModel(string TeamId, string? TeamName, bool InPool, int PooledTeams)
{
    public string? Notice { get; init; }

    public string? Problem { get; init; }
}
