using BreedBot.Domain.Teams;
using BreedBot.Storage.Users;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The language of a message BreedBot sends by itself: the locale of the recipient's own messages and card actions in
/// their personal chat (kept on the chat's row), else the team's language (the locale of its install), else Dutch.
/// The channel gets the team's language.
/// </summary>
internal sealed class RecipientLanguages(UserConversationStore chats)
{
    public Task<UserLanguage> OfAsync(TeamInstallation team, string memberKey, CancellationToken ct) =>
        OfAsync(team.TenantId, memberKey, team.Locale, ct);

    /// <param name="teamLocale">The team's locale (<see cref="TeamInstallation.Locale"/>), for when the member's own is unknown.</param>
    public async Task<UserLanguage> OfAsync(string tenantId, string memberKey, string? teamLocale, CancellationToken ct) =>
        Of((await chats.GetAsync(tenantId, memberKey, ct))?.Locale, teamLocale);

    /// <summary>Several members of one team at once (a pairing, a roster's invitations): one query, not one read each.</summary>
    public async Task<Func<string, UserLanguage>> OfManyAsync(TeamInstallation team, IReadOnlyCollection<string> memberKeys, CancellationToken ct)
    {
        var known = await chats.LocalesAsync(team.TenantId, memberKeys, ct);
        return key => Of(known.GetValueOrDefault(key), team.Locale);
    }

    public static UserLanguage Of(string? personalLocale, string? teamLocale) =>
        UserLanguages.FromLocale(string.IsNullOrWhiteSpace(personalLocale) ? teamLocale : personalLocale);

    public static UserLanguage OfTeam(TeamInstallation team) => UserLanguages.FromLocale(team.Locale);
}
