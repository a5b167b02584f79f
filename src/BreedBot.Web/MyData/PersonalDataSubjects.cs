using BreedBot.Connector.Schema;
using BreedBot.Storage.Members;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.MyData;

/// <summary>The sender of a personal-chat activity as a <see cref="PersonalDataSubject"/>: only ever themselves, in their own tenant.</summary>
internal sealed class PersonalDataSubjects(SenderTeams senderTeams, MemberStore members)
{
    public async Task<PersonalDataSubject?> OfSenderAsync(Activity activity, CancellationToken ct)
    {
        var tenantId = activity.GetTenantId();
        var memberKey = ActivityAddress.UserKey(activity.From);
        if (tenantId is null || memberKey is null)
        {
            return null;
        }

        var active = await senderTeams.OfAsync(activity, ct);
        var every = await members.ListTeamsOfAsync(tenantId, memberKey, ct);
        return new PersonalDataSubject(tenantId, memberKey, active, [.. every.Select(t => t.TeamId)]);
    }
}
