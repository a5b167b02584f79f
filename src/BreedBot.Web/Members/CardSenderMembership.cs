using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Storage.Pool;
using BreedBot.Storage.Teams;
using BreedBot.Web.AfterReply;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

/// <summary>
/// The team a card names, its member rows, the sender's own row in it, and whether the team is in its organisation's
/// pool (the cards ask "ook een duopartner buiten mijn team" only then).
/// </summary>
internal sealed record SenderInTeam(TeamInstallation Team, MemberRows Rows, TeamMember Member, bool Pooled)
{
    /// <summary>The pool choice as the cards show it: null outside the pool, where they do not ask.</summary>
    public bool? PoolOptIn => Pooled ? Member.PoolOptIn : null;
}

/// <summary>
/// Who pressed a button on the join or profile card, in which team. The team id in the card data is not trusted: the
/// sender must be on that team's rows (not removed) in their own tenant, with BreedBot installed there, or nothing
/// happens. Two storage requests side by side: the team row (which says whether the team is in the pool) and the
/// team's member rows. A team row from before it carried the pool's flag asks the pool once more and gets the flag
/// after the reply (<see cref="PoolStore"/> on why rows are migrated as they are used).
/// </summary>
internal sealed class CardSenderMembership(MemberStore members, TeamStore teams, PoolStore pool, AfterReplyQueue afterReply, ILogger<CardSenderMembership> logger)
{
    /// <summary>The sender in the card's team, or null when they are not (the caller answers <see cref="Refusal"/>).</summary>
    public async Task<SenderInTeam?> ReadAsync(Activity activity, JsonElement data, CancellationToken ct)
    {
        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        var teamId = CardData.Text(data, "teamId");
        if (tenantId is null || userKey is null || teamId is null)
        {
            Log.UnknownVerb(logger, "foreign-team");
            return null;
        }

        var teamRead = teams.GetAsync(tenantId, teamId, ct);
        var rowsRead = members.ReadTeamAsync(tenantId, teamId, ct);
        await Task.WhenAll(teamRead, rowsRead);
        if (teamRead.Result is not { Status: InstallationStatus.Installed } team
            || rowsRead.Result.Find(userKey) is not { Status: not MembershipStatus.Removed } member)
        {
            Log.UnknownVerb(logger, "foreign-team");
            return null;
        }

        var pooled = await pool.IsPooledAsync(team, ct);
        if (team.Pooled is null)
        {
            // Lost if the queue is full: the next press asks again.
            afterReply.TryQueue("pool-flag", (services, token) =>
                services.GetRequiredService<PoolStore>().RecordOnTeamRowAsync(tenantId, teamId, onlyWhenUnknown: true, token));
        }

        return new SenderInTeam(team, rowsRead.Result, member, pooled);
    }

    /// <summary>The same answer whether the team does not exist or the sender is not in it: nothing is revealed.</summary>
    public static TurnResult Refusal(UserLanguage language) => TurnResult.Error(
        StatusCodes.Status403Forbidden, "NotAMember", TurnTexts.For(language).UnknownAction);
}
