using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.MyData;

/// <summary>
/// "mijn gegevens": every kind of record BreedBot holds about the sender, with counts and dates, in
/// their own chat; "Stuur me alles" sends the full content, a heading per kind, split over several messages, and
/// offers the same as one JSON file (<see cref="MyDataFile"/>).
/// "verwijder mijn gegevens" (or the card's button) asks first; <see cref="MyDataEraser"/> does it.
/// </summary>
internal sealed class MyDataHandler(PersonalDataReport report, MyDataFile file, BotMessenger messenger)
    : ICommandHandler, ICardVerbHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.MyData, BotCommand.DeleteMyData];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MyDataVerbs.Export), CardVerb.Personal(MyDataVerbs.AskDelete)];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var card = command.Command == BotCommand.MyData ? Overview(await report.ReadAsync(activity, language, ct), language, null) : DeleteQuestion(language);
        await messenger.ReplyCardAsync(activity, card, ct);
    }

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (verb == MyDataVerbs.AskDelete)
        {
            return TurnResult.Card(DeleteQuestion(language));
        }

        var sections = await report.ReadAsync(activity, language, ct);
        var t = MyDataTexts.For(language);
        var pages = PersonalDataExport.Pages(sections.Select(s => s.Section), t.Continued);
        for (var i = 0; i < pages.Count; i++)
        {
            await messenger.ReplyCardAsync(activity, MyDataExportCard.Render(language, t.ExportPage(i + 1, pages.Count), pages[i]), ct);
        }

        var note = t.ExportSent(pages.Count);
        if (pages.Count > 0)
        {
            await file.OfferAsync(activity, sections, language, ct);
            note += " " + t.FileOffered;
        }

        return TurnResult.Card(Overview(sections, language, note));
    }

    private static RenderedCard Overview(IReadOnlyList<KindSection> sections, UserLanguage language, string? note) =>
        MyDataCard.Render(language, [.. sections.Select(s => s.Section).Where(s => s.Count > 0).Select(s => (s.Title, s.Count, s.Latest))], note);

    internal static RenderedCard DeleteQuestion(UserLanguage language)
    {
        var t = MyDataTexts.For(language);
        return ConfirmCard.Render(language, t.DeleteQuestion, [t.DeleteExplained], (t.DeleteButtonConfirm, MyDataVerbs.Delete), (t.KeepButton, MyDataVerbs.Keep));
    }
}
