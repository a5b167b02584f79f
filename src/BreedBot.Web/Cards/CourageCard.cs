using System.Text.Json.Nodes;
using BreedBot.Domain.CourageStories;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Cards;

/// <summary>"deel een moedig moment": write a short courage story for a team's next summary, or withdraw a waiting one.</summary>
public static class CourageCard
{
    public const string TemplateName = "courage";
    public const string PreviewVerb = "courage.preview";
    public const string WithdrawVerb = "courage.withdraw";

    public static RenderedCard Render(UserLanguage language, CourageCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: never the story.</summary>
    public static string Summary(UserLanguage language) =>
        language == UserLanguage.English ? "BreedBot: brave moment" : "BreedBot: moedig moment";

    public static string TeamName(string? name, bool en) => string.IsNullOrWhiteSpace(name) ? (en ? "your team" : "je team") : name;

    internal static JsonObject Data(UserLanguage language, CourageCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var en = language == UserLanguage.English;
        var canWrite = model.WritableTeams.Count > 0;
        var choice = model.WritableTeams.Count > 1;
        return new JsonObject
        {
            ["title"] = en ? "Share a brave moment" : "Deel een moedig moment",
            ["lines"] = new JsonArray([.. Lines(model, canWrite, en).Select(l => (JsonNode?)l)]),
            ["pending"] = new JsonArray([.. model.Pending.Select(p => (JsonNode?)new JsonObject
            {
                ["label"] = en ? $"Waiting for the weekly summary of {TeamName(p.TeamName, en)}" : $"Wacht op het weekoverzicht van {TeamName(p.TeamName, en)}",
                ["text"] = p.Story.Text,
                ["withdrawTitle"] = en ? "Withdraw" : "Intrekken",
                ["team"] = p.Story.TeamId,
                ["id"] = p.Story.Id,
            })]),
            ["canWrite"] = canWrite,
            ["hasTeamChoice"] = choice,
            ["teamLabel"] = en ? "For which team's summary?" : "Voor het overzicht van welk team?",
            ["teamError"] = en ? "Choose a team." : "Kies een team.",
            ["team"] = choice ? model.TeamId ?? "" : "",
            ["teams"] = new JsonArray([.. model.WritableTeams.Select(t => (JsonNode?)new JsonObject { ["title"] = TeamName(t.TeamName, en), ["value"] = t.TeamId })]),
            ["onlyTeam"] = canWrite && !choice ? model.WritableTeams[0].TeamId : "",
            ["storyLabel"] = en ? $"Your brave moment (at most {CourageStoryText.MaxLength} characters)" : $"Jouw moedige moment (hoogstens {CourageStoryText.MaxLength} tekens)",
            ["placeholder"] = en
                ? "For example: I said out loud that I was worried, and we called Veilig Thuis together."
                : "Bijvoorbeeld: ik sprak mijn twijfel uit in het overleg, en we belden samen Veilig Thuis.",
            ["story"] = model.Story ?? "",
            ["hasProblem"] = !string.IsNullOrEmpty(model.Problem),
            ["problem"] = model.Problem ?? "",
            ["previewTitle"] = en ? "Show how it will appear" : "Laat zien hoe het verschijnt",
            ["acuteAction"] = AcuteAction.Data(language),
        };
    }

    private static IEnumerable<string> Lines(CourageCardModel model, bool canWrite, bool en)
    {
        if (!model.InAnyTeam)
        {
            yield return en
                ? "A brave moment appears in the weekly summary of a team you take part in. You are not in a team with BreedBot yet; send 'join' to take part."
                : "Een moedig moment verschijnt in het weekoverzicht van een team waarin je meedoet. Je doet nog niet mee in een team met BreedBot; stuur 'doe mee' om mee te doen.";
            yield break;
        }

        if (canWrite)
        {
            yield return en
                ? "Tell your team briefly about a moment when you did something brave: voicing a doubt, starting a hard conversation, asking for help. It appears once, without your name, in the team's next weekly summary."
                : "Vertel je team kort over een moment waarop je iets moedigs deed: een twijfel uitspreken, een lastig gesprek aangaan, hulp vragen. Het verschijnt één keer, zonder je naam, in het volgende weekoverzicht van het team.";
            yield return en
                ? "Leave out names and anything else that could identify a client or colleague. You see the exact text before it is saved."
                : "Laat namen weg en alles waaraan een cliënt of collega te herkennen is. Je ziet de precieze tekst voordat hij bewaard wordt.";
        }
        else
        {
            yield return en
                ? "One brave moment of yours waits per team. Withdraw it to share another."
                : "Per team wacht er één moedig moment van jou. Trek het in om een ander te delen.";
        }
    }
}
