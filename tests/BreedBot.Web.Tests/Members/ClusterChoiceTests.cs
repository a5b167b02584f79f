using System.Text.Json.Nodes;
using BreedBot.Domain.Pairing;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;
using BreedBot.Web.Tests.Cards;

namespace BreedBot.Web.Tests.Members;

/// <summary>The join card offers the groups the meldcode's sector versions cover, so a POH or a psycholoog need not pick "Anders".</summary>
public sealed class ClusterChoiceTests
{
    [Fact]
    public void JoinCard_Dutch_OffersTheElevenGroupsInOrder()
    {
        Assert.Equal(
        [
            "Wijkteam of sociaal werk", "Maatschappelijk werk", "Jeugdhulp", "Huisarts of andere arts",
            "POH, doktersassistent of praktijkondersteuner", "Wijkverpleging of thuiszorg", "GGZ of psycholoog",
            "Onderwijs", "Kinderopvang", "Veilig Thuis of vrouwenopvang", "Anders",
        ], Titles(UserLanguage.Dutch));
    }

    [Fact]
    public void JoinCard_English_OffersTheElevenGroupsWithAGpAssistant()
    {
        var titles = Titles(UserLanguage.English);

        Assert.Equal(11, titles.Count);
        Assert.Contains("Practice nurse (POH), GP assistant or practice support", titles);
        Assert.Equal("Other", titles[^1]);
    }

    [Theory]
    [InlineData("VerpleegkundigeVerzorgende", "Wijkverpleging of thuiszorg")]
    [InlineData("SociaalWerk", "Wijkteam of sociaal werk")]
    [InlineData("Arts", "Huisarts of andere arts")]
    public void JoinCard_AnswerStoredBeforeTheElevenGroups_IsStillTheChosenOne(string stored, string title)
    {
        var model = CardCases.SampleJoin with { Answers = CardCases.SampleJoin.Answers with { Cluster = stored } };
        var cluster = Cluster(JoinCard.Render(UserLanguage.Dutch, model).Content);

        Assert.Equal(stored, cluster["value"]!.GetValue<string>());
        Assert.Contains(cluster["choices"]!.AsArray(), c => c!["value"]!.GetValue<string>() == stored && c["title"]!.GetValue<string>() == title);
    }

    [Fact]
    public void RoleName_Doktersassistent_IsAGpAssistantInEnglish()
    {
        Assert.Equal("GP assistant", MembersTexts.RoleName(MemberRole.Doktersassistent, UserLanguage.English));
    }

    private static List<string> Titles(UserLanguage language) =>
        [.. Cluster(JoinCard.Render(language, CardCases.SampleJoin).Content)["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>())];

    private static JsonObject Cluster(JsonNode node) => TryCluster(node) ?? throw new InvalidOperationException("no cluster input");

    private static JsonObject? TryCluster(JsonNode node) => node switch
    {
        JsonObject obj when obj["id"]?.GetValue<string>() == "cluster" => obj,
        JsonObject obj => obj.Select(p => p.Value is null ? null : TryCluster(p.Value)).FirstOrDefault(c => c is not null),
        JsonArray array => array.Select(i => i is null ? null : TryCluster(i)).FirstOrDefault(c => c is not null),
        _ => null,
    };
}
