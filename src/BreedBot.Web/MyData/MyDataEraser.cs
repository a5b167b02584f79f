using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.MyData;

/// <summary>
/// Deletes everything about the person who confirmed, source by source in the erase order (PersonalDataOrder): they leave
/// their duos first (partners are told neutrally and re-paired), then their rows go from every
/// table. Running it twice is harmless.
/// </summary>
internal sealed class MyDataEraser(
    PersonalDataSubjects subjects, IEnumerable<IPersonalDataSource> sources, ILogger<MyDataEraser> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<CardVerb> Verbs { get; } = [CardVerb.Personal(MyDataVerbs.Delete), CardVerb.Personal(MyDataVerbs.Keep)];

    public Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct) => HandleAsync(activity, verb, ct);

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var t = MyDataTexts.For(language);
        if (verb == MyDataVerbs.Keep)
        {
            return TurnResult.Card(NoticeCard.Render(language, t.KeptTitle, t.Kept));
        }

        if (await subjects.OfSenderAsync(activity, ct) is { } subject)
        {
            foreach (var source in PersonalDataOrder.Sorted(sources))
            {
                await source.EraseAsync(subject, ct);
            }

            Log.PersonalDataErased(logger, subject.ActiveTeams.Count);
        }

        return TurnResult.Card(NoticeCard.Render(language, t.DeletedTitle, t.Deleted));
    }
}
