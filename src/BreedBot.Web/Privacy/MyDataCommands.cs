using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Privacy;

/// <summary>
/// "mijn gegevens": every kind of record BreedBot holds about the sender, with counts and dates, in
/// their own chat; "Stuur me alles" sends the full content, split over several messages.
/// "verwijder mijn gegevens" (or the card's button) asks first; <see cref="MyDataEraser"/> does it.
/// </summary>
internal sealed class MyDataCommands(PersonalDataSubjects subjects, IEnumerable<IPersonalDataSource> sources, BotMessenger messenger)
    : ICommandHandler, ICardVerbHandler
{
    public const string DeleteVerb = "mydata.delete";
    public const string KeepVerb = "mydata.keep";

    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.MyData, BotCommand.DeleteMyData];

    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MyDataCard.ExportVerb), CardVerb.Personal(MyDataCard.AskDeleteVerb)];

    public async Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var card = command.Command == BotCommand.MyData ? await OverviewAsync(activity, language, null, ct) : DeleteQuestion(language);
        await messenger.ReplyCardAsync(activity, card, ct);
    }

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        if (verb == MyDataCard.AskDeleteVerb)
        {
            return TurnResult.Card(DeleteQuestion(language));
        }

        var pages = PersonalDataExport.Pages(await DescribeAsync(activity, language, ct));
        var en = language == UserLanguage.English;
        for (var i = 0; i < pages.Count; i++)
        {
            var title = PageTitle(i, pages.Count, en);
            await messenger.ReplyCardAsync(activity, NoticeCard.Render(language, title, [.. pages[i]]), ct);
        }

        return TurnResult.Card(await OverviewAsync(activity, language, SentNote(pages.Count, en), ct));
    }

    /// <summary>Where the export went, in words that count right: one message, three messages, or nothing to send.</summary>
    internal static string SentNote(int pages, bool en) => (pages, en) switch
    {
        (0, false) => "Er is niets over je bewaard, dus er is niets verstuurd.",
        (0, true) => "Nothing about you is kept, so nothing was sent.",
        (1, false) => "Hieronder verstuurd in 1 bericht.",
        (1, true) => "Sent below in 1 message.",
        (_, false) => string.Create(CultureInfo.InvariantCulture, $"Hieronder verstuurd in {pages} berichten."),
        (_, true) => string.Create(CultureInfo.InvariantCulture, $"Sent below in {pages} messages."),
    };

    /// <summary>"Je gegevens" alone, "Je gegevens (2 van 3)" when the export takes several messages.</summary>
    internal static string PageTitle(int index, int pages, bool en) => (pages == 1, en) switch
    {
        (true, false) => "Je gegevens",
        (true, true) => "Your data",
        (false, false) => string.Create(CultureInfo.InvariantCulture, $"Je gegevens ({index + 1} van {pages})"),
        (false, true) => string.Create(CultureInfo.InvariantCulture, $"Your data ({index + 1} of {pages})"),
    };

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
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            sections.AddRange(await source.DescribeAsync(subject, language, ct));
        }

        return sections;
    }

    private static RenderedCard DeleteQuestion(UserLanguage language)
    {
        var en = language == UserLanguage.English;
        return ConfirmCard.Render(
            language,
            en ? "Delete all your data?" : "Al je gegevens verwijderen?",
            [en
                ? "Everything BreedBot keeps about you is deleted: your answers, your place in every team's duos, and the address of this chat. Your duo partner is told that you no longer take part and gets a new partner. Counts already shown in past summaries stay, without your name."
                : "Alles wat BreedBot over je bewaart wordt verwijderd: je antwoorden, je plek in de duo's van elk team en het adres van deze chat. Je duo-partner hoort dat je niet meer meedoet en krijgt een nieuwe partner. Aantallen die al in eerdere overzichten stonden, blijven — zonder je naam."],
            (en ? "Delete everything" : "Alles verwijderen", DeleteVerb),
            (en ? "Keep it" : "Niet verwijderen", KeepVerb));
    }
}
