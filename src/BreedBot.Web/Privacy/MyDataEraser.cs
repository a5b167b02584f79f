using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Storage.Duos;
using BreedBot.Storage.Members;
using BreedBot.Storage.Users;
using BreedBot.Web.Handlers;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;
using BreedBot.Web.Pairing;

namespace BreedBot.Web.Privacy;

/// <summary>
/// Deletes everything about the person who confirmed: they leave their duos first (partners are told
/// neutrally and re-paired), then their rows go from every table. Running it twice is harmless.
/// </summary>
internal sealed class MyDataEraser(
    SenderTeams senderTeams, MemberStore members, DuoStore duos, UserConversationStore chats, DuoDeparture departures, ILogger<MyDataEraser> logger) : ICardVerbHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [MyDataCommands.DeleteVerb, MyDataCommands.KeepVerb];

    public Task<TurnResult> HandleAsync(Activity activity, string verb, JsonElement data, CancellationToken ct) => HandleAsync(activity, verb, ct);

    public async Task<TurnResult> HandleAsync(Activity activity, string verb, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var en = language == UserLanguage.English;
        if (verb == MyDataCommands.KeepVerb)
        {
            return Card(NoticeCard.Render(language, en ? "Nothing was deleted" : "Er is niets verwijderd", en ? "Your data stays as it was." : "Je gegevens blijven zoals ze waren."));
        }

        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        if (tenantId is not null && userKey is not null)
        {
            var teams = await senderTeams.OfAsync(activity, ct);
            foreach (var (team, _) in teams)
            {
                await departures.OnLeftAsync(team, userKey, ct);
            }

            // Every team the person was ever in (also removed or uninstalled ones): every row goes.
            foreach (var (teamId, _) in await members.ListTeamsOfAsync(tenantId, userKey, ct))
            {
                await duos.EraseMemberAsync(tenantId, teamId, userKey, ct);
                await members.EraseFromTeamAsync(tenantId, teamId, userKey, ct);
            }

            await chats.EraseAsync(tenantId, userKey, ct);
            Log.PersonalDataErased(logger, teams.Count);
        }

        return Card(NoticeCard.Render(language,
            en ? "Your data has been deleted" : "Je gegevens zijn verwijderd",
            en ? "BreedBot no longer keeps anything about you. Send 'join' if you ever want to take part again." : "BreedBot bewaart niets meer over je. Stuur 'doe mee' als je ooit weer wilt meedoen."));
    }

    private static TurnResult Card(RenderedCard card) => TurnResult.Invoke(AdaptiveCardInvokeResponse.Card(card.Content).ToInvokeResponse());
}
