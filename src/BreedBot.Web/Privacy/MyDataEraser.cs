using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Privacy;

/// <summary>
/// Deletes everything about the person who confirmed, source by source in their order: they leave
/// their duos first (partners are told neutrally and re-paired), then their rows go from every
/// table. Running it twice is harmless.
/// </summary>
internal sealed class MyDataEraser(
    PersonalDataSubjects subjects, IEnumerable<IPersonalDataSource> sources, ILogger<MyDataEraser> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MyDataCommands.DeleteVerb), CardVerb.Personal(MyDataCommands.KeepVerb)];

    public Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct) => HandleAsync(activity, verb, ct);

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var en = language == UserLanguage.English;
        if (verb == MyDataCommands.KeepVerb)
        {
            return TurnResult.Card(NoticeCard.Render(language, en ? "Nothing was deleted" : "Er is niets verwijderd", en ? "Your data stays as it was." : "Je gegevens blijven zoals ze waren."));
        }

        if (await subjects.OfSenderAsync(activity, ct) is { } subject)
        {
            foreach (var source in sources.OrderBy(s => s.Order))
            {
                await source.EraseAsync(subject, ct);
            }

            Log.PersonalDataErased(logger, subject.ActiveTeams.Count);
        }

        return TurnResult.Card(NoticeCard.Render(language,
            en ? "Your data has been deleted" : "Je gegevens zijn verwijderd",
            en ? "BreedBot no longer keeps anything about you. Send 'join' if you ever want to take part again." : "BreedBot bewaart niets meer over je. Stuur 'doe mee' als je ooit weer wilt meedoen."));
    }
}
