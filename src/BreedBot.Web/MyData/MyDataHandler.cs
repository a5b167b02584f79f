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
/// their own chat; "Stuur me alles" sends the full content, split over several messages.
/// "verwijder mijn gegevens" (or the card's button) asks first; <see cref="MyDataEraser"/> does it.
/// </summary>
internal sealed class MyDataHandler(PersonalDataSubjects subjects, IEnumerable<IPersonalDataSource> sources, BotMessenger messenger)
    : ICommandHandler, ICardVerbHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.MyData, BotCommand.DeleteMyData];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MyDataVerbs.Export), CardVerb.Personal(MyDataVerbs.AskDelete)];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var card = command.Command == BotCommand.MyData ? await OverviewAsync(activity, language, null, ct) : DeleteQuestion(language);
        await messenger.ReplyCardAsync(activity, card, ct);
    }

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (verb == MyDataVerbs.AskDelete)
        {
            return TurnResult.Card(DeleteQuestion(language));
        }

        var pages = PersonalDataExport.Pages(await DescribeAsync(activity, language, ct));
        var t = MyDataTexts.For(language);
        for (var i = 0; i < pages.Count; i++)
        {
            var title = t.ExportPage(i + 1, pages.Count);
            await messenger.ReplyCardAsync(activity, NoticeCard.Render(language, title, [.. pages[i]]), ct);
        }

        var note = t.ExportSent(pages.Count);
        return TurnResult.Card(await OverviewAsync(activity, language, note, ct));
    }

    private async Task<RenderedCard> OverviewAsync(Activity activity, UserLanguage language, string? note, CancellationToken ct)
    {
        var sections = await DescribeAsync(activity, language, ct);
        return MyDataCard.Render(language, [.. sections.Where(s => s.Count > 0).Select(s => (s.Title, s.Count, s.Latest))], note);
    }

    private async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(Activity activity, UserLanguage language, CancellationToken ct)
    {
        if (await subjects.OfSenderAsync(activity, ct) is not { } subject)
        {
            return [];
        }

        var sections = new List<PersonalDataSection>();
        foreach (var source in PersonalDataOrder.Sorted(sources))
        {
            sections.AddRange(await source.DescribeAsync(subject, language, ct));
        }

        return sections;
    }

    internal static RenderedCard DeleteQuestion(UserLanguage language)
    {
        var t = MyDataTexts.For(language);
        return ConfirmCard.Render(language, t.DeleteQuestion, [t.DeleteExplained], (t.DeleteButtonConfirm, MyDataVerbs.Delete), (t.KeepButton, MyDataVerbs.Keep));
    }
}
