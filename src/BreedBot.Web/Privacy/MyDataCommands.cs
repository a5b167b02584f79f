using System.Globalization;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Commands;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Duos;
using BreedBot.Storage.Members;
using BreedBot.Storage.Users;
using BreedBot.Web.Handlers;
using BreedBot.Web.Bot;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Members;

namespace BreedBot.Web.Privacy;

/// <summary>
/// "mijn gegevens": everything BreedBot holds about the sender, in words, in their own chat.
/// "verwijder mijn gegevens": asks first; the answer comes back as a card action (<see cref="MyDataEraser"/>).
/// </summary>
internal sealed class MyDataCommands(SenderTeams senderTeams, UserConversationStore chats, MemberStore members, DuoStore duos, BotMessenger messenger) : ICommandHandler
{
    public IReadOnlyCollection<BotCommand> Commands { get; } = [BotCommand.MyData, BotCommand.DeleteMyData];

    public Task HandleAsync(Activity activity, ParsedCommand command, CancellationToken ct) =>
        command.Command == BotCommand.MyData ? ShowAsync(activity, ct) : AskDeleteAsync(activity, ct);

    public const string DeleteVerb = "mydata.delete";
    public const string KeepVerb = "mydata.keep";

    public async Task ShowAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var en = language == UserLanguage.English;
        var lines = new List<string>();
        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        if (tenantId is not null && userKey is not null && await chats.GetAsync(tenantId, userKey, ct) is { } chat)
        {
            lines.Add(en
                ? $"The address of this chat, so BreedBot can message you (since {Date(chat.StatusChangedAt, en)})."
                : $"Het adres van deze chat, zodat BreedBot je berichten kan sturen (sinds {Date(chat.StatusChangedAt, en)}).");
        }

        foreach (var (team, me) in await senderTeams.OfAsync(activity, ct))
        {
            var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
            lines.Add(MemberLine(team, me, everyone, en, language));
            if (await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is { } rotation
                && rotation.Duos.FirstOrDefault(d => d.Members.Contains(me.MemberKey)) is { } duo)
            {
                var partners = string.Join(", ", duo.Members.Where(k => k != me.MemberKey).Select(k => everyone.FirstOrDefault(m => m.MemberKey == k)?.Name ?? "?"));
                lines.Add(en ? $"Your duo in {team.TeamName}: with {partners} (round {rotation.Rotation})." : $"Je duo in {team.TeamName}: met {partners} (ronde {rotation.Rotation}).");
            }
        }

        lines.Add(en
            ? "BreedBot does not keep what you type in this chat. Delete everything with 'delete my data'."
            : "Wat je in deze chat typt, bewaart BreedBot niet. Alles verwijderen kan met 'verwijder mijn gegevens'.");
        await messenger.ReplyCardAsync(activity, NoticeCard.Render(language, en ? "What BreedBot keeps about you" : "Wat BreedBot over je bewaart", [.. lines]), ct);
    }

    public Task AskDeleteAsync(Activity activity, CancellationToken ct)
    {
        var language = UserLanguages.FromLocale(activity.Locale);
        var en = language == UserLanguage.English;
        var card = ConfirmCard.Render(
            language,
            en ? "Delete all your data?" : "Al je gegevens verwijderen?",
            [en
                ? "Your answers, your place in every team's duos and the address of this chat are deleted. Your duo partner is told that you no longer take part and gets a new partner. Counts already shown in past summaries stay, without your name."
                : "Je antwoorden, je plek in de duo's van elk team en het adres van deze chat worden verwijderd. Je duo-partner hoort dat je niet meer meedoet en krijgt een nieuwe partner. Aantallen die al in eerdere overzichten stonden, blijven — zonder je naam."],
            (en ? "Delete everything" : "Alles verwijderen", DeleteVerb),
            (en ? "Keep it" : "Niet verwijderen", KeepVerb));
        return messenger.ReplyCardAsync(activity, card, ct);
    }

    private static string MemberLine(TeamInstallation team, TeamMember me, IReadOnlyList<TeamMember> everyone, bool en, UserLanguage language)
    {
        var status = me.Status.ToString().ToLowerInvariant();
        if (me.Profile is not { } p)
        {
            return en ? $"Team {team.TeamName}: {status} since {Date(me.StatusChangedAt, en)}; no answers stored." : $"Team {team.TeamName}: {status} sinds {Date(me.StatusChangedAt, en)}; geen antwoorden bewaard.";
        }

        var notWith = p.NotWith.Count == 0 ? "-" : string.Join(", ", p.NotWith.Select(k => everyone.FirstOrDefault(m => m.MemberKey == k)?.Name ?? "?"));
        var day = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL").DateTimeFormat.GetDayName(p.PreferredMoment.Day);
        var years = p.YearsOfExperience?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var pause = me.Pause is { } w ? (en ? $" Paused up to and including {Date(w.Until, en)}." : $" Pauze tot en met {Date(w.Until, en)}.") : "";
        return en
            ? $"Team {team.TeamName}: {status} since {Date(me.StatusChangedAt, en)}. Role: {JoinCardTexts.RoleName(p.Role, language)}; group: {JoinCardTexts.ClusterName(p.Cluster, language)}; moment: {day} {p.PreferredMoment.Time:HH\\:mm}; years: {years}; rather not with: {notWith}.{pause}"
            : $"Team {team.TeamName}: {status} sinds {Date(me.StatusChangedAt, en)}. Rol: {JoinCardTexts.RoleName(p.Role, language)}; beroepsgroep: {JoinCardTexts.ClusterName(p.Cluster, language)}; moment: {day} {p.PreferredMoment.Time:HH\\:mm}; ervaring: {years} jaar; liever niet met: {notWith}.{pause}";
    }

    private static string Date(DateTimeOffset at, bool en) => Date(DateOnly.FromDateTime(at.UtcDateTime), en);

    private static string Date(DateOnly date, bool en) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL"));
}
