using System.Text.Json.Nodes;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.MyData;

/// <summary>One page of "Stuur me alles": a heading per kind of record, its lines below it.</summary>
public static class MyDataExportCard
{
    public const string TemplateName = "mydata-export";

    internal static RenderedCard Render(UserLanguage language, string title, IReadOnlyList<ExportBlock> blocks) =>
        new(CardTemplates.Render(TemplateName, Data(language, title, blocks)), NoticeCard.Summary(language));

    internal static JsonObject Data(UserLanguage language, string title, IReadOnlyList<ExportBlock> blocks) => new()
    {
        ["title"] = title,
        ["sections"] = new JsonArray([.. blocks.Select(b => (JsonNode?)new JsonObject
        {
            ["heading"] = b.Heading,
            ["lines"] = new JsonArray([.. b.Lines.Select(l => (JsonNode?)l)]),
        })]),
        ["acuteAction"] = AcuteAction.Data(language),
    };
}
