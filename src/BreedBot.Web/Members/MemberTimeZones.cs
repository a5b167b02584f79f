using BreedBot.Connector.Schema;
using BreedBot.Domain.Scheduling;
using BreedBot.Storage;
using BreedBot.Storage.Members;
using BreedBot.Web.AfterReply;
using BreedBot.Web.Kernel;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Members;

/// <summary>
/// Keeps each person's Teams time zone on their member rows: Teams sends it with every message and card action
/// (the <c>clientInfo</c> entity, an IANA id). A zone that differs from what this instance last wrote for them is
/// written after the reply (<see cref="AfterReplyQueue"/>), so no turn waits for it and an ordinary message costs no
/// storage; when that queue is full the sighting is let go, and the person's next message brings it again. An id this
/// machine does not know is ignored. Their reminders then
/// come at their own local moment (<see cref="ZoneChoice"/>: member, team, Europe/Amsterdam). A new team row gets
/// the zone from their other rows when it is created (<see cref="MemberStore"/>).
/// </summary>
internal sealed class MemberTimeZones(MemberStore members, AfterReplyQueue afterReply, TimeProvider time, ILogger<MemberTimeZones> logger) : IHandledTurnObserver, IStoredTimeZones
{
    // What this instance wrote, forgotten after 15 minutes: another instance may have written a different zone
    // since (the person moved, and back), and without a recheck this one would skip the move back until it restarts.
    private readonly ShortMemory<(string Tenant, string Member), string> written = new(time, TimeSpan.FromMinutes(15), 10_000);

    // Queued and not stored yet: the same person's next messages do not queue the same zone again (as many entries as
    // queued items, so bounded by the queue).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Tenant, string Member), string> pending = new();

    /// <summary>Queues the activity's zone for storing when this instance has not stored it lately. Never touches storage.</summary>
    public void Notice(Activity activity)
    {
        var zone = ClientZone(activity);
        var tenantId = activity.GetTenantId();
        var memberKey = ActivityAddress.UserKey(activity.From);
        if (zone is null || tenantId is null || memberKey is null)
        {
            return;
        }

        // Memory first: a zone this instance stored or queued was a known one, and most messages end here. Only a zone
        // about to be queued is looked up among the machine's zones.
        var key = (tenantId, memberKey);
        if (IsFresh(tenantId, memberKey, zone) || (pending.TryGetValue(key, out var queued) && queued == zone) || ZoneChoice.Find(zone) is null)
        {
            return;
        }

        pending[key] = zone;
        if (!afterReply.TryQueue("timezone", (_, ct) => RecordAsync(tenantId, memberKey, zone, ct)))
        {
            pending.TryRemove(new KeyValuePair<(string, string), string>(key, zone));
            Log.MemberTimeZoneDropped(logger);
        }
    }

    /// <summary>
    /// A row read on the turn's path shows the zone stored: as good as having written it. The person's other team rows
    /// were written with it (every row at once, and a new row takes it from the others), so they are not read to check.
    /// </summary>
    public void Read(string tenantId, string memberKey, string? zone)
    {
        if (zone is not null)
        {
            written.Keep((tenantId, memberKey), zone);
        }
    }

    /// <summary>Writes the zone on every team row of the person where it differs.</summary>
    public async Task RecordAsync(string tenantId, string memberKey, string zone, CancellationToken ct)
    {
        try
        {
            await WriteAsync(tenantId, memberKey, zone, ct);
        }
        finally
        {
            pending.TryRemove(new KeyValuePair<(string, string), string>((tenantId, memberKey), zone));
        }
    }

    private async Task WriteAsync(string tenantId, string memberKey, string zone, CancellationToken ct)
    {
        // The same person's messages may have queued it several times before the first was stored.
        if (IsFresh(tenantId, memberKey, zone))
        {
            return;
        }

        var changed = false;
        foreach (var (teamId, _) in await members.ListTeamsOfAsync(tenantId, memberKey, ct))
        {
            await members.UpdateAsync(tenantId, teamId, memberKey, (m, _) =>
            {
                if (m.TimeZoneId == zone)
                {
                    return m;
                }

                changed = true;
                return m with { TimeZoneId = zone };
            }, ct);
        }

        written.Keep((tenantId, memberKey), zone);
        if (changed)
        {
            Log.MemberTimeZoneRecorded(logger);
        }
    }

    private static string? ClientZone(Activity activity)
    {
        var entities = activity.Entities;
        for (var i = 0; i < entities?.Count; i++)
        {
            if (entities[i].GetClientInfoTimezone() is { } zone)
            {
                return zone.Trim();
            }
        }

        return null;
    }

    private bool IsFresh(string tenantId, string memberKey, string zone) =>
        written.TryGet((tenantId, memberKey), out var known) && known == zone;
}
