using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Members;
using BreedBot.Domain.Outbound;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Domain.TeamWeeks;
using BreedBot.Storage.DuoWeeks;
using BreedBot.Storage.Members;
using BreedBot.Storage.Outbound;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Storage.TeamWeeks;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// 'checkin': "We hebben gesproken" on this week's duo reminder, with what the duo did and how useful it was,
/// as the reminder card sends it. BreedBot checks the duo is the sender's in the team's current rotation,
/// stores the week under its ETag, records the team-week facts and updates the partner's reminder card in
/// place at the connector stand-in; the reply is the sender's card showing the check-in. e2e is until the
/// partner's card update reached the stand-in.
/// <para>
/// Before timing, teams of <see cref="TeamSize"/> are seeded in BreedBot's tables through the real stores
/// (not the endpoint: pairing and the weekly reminder run on the clock, and the reminder pass is what leaves
/// the delivery records a check-in updates): installed team, members joined with a profile and their time
/// zone, rotation 1 with its duos, and for this week what the reminder pass leaves — the duo's week with the
/// scheduler's plan and the planned fact — and the partner's delivery record (sent, with its conversation and
/// activity id). The request carries the card's data as the reminder card has it (team, week, duo, member keys). Each duo is checked in once, by one of its members.
/// Accepted only when the answer shows the check-in and no problem (not "al afgevinkt", not "not your duo").
/// </para>
/// </summary>
internal static class CheckInScenario
{
    public const int TeamSize = 24;
    private const int SetupConcurrency = 8;
    private static readonly TimeZoneInfo Amsterdam = ZoneChoice.Default;
    private static readonly WeeklyMoment Monday = new(DayOfWeek.Monday, new TimeOnly(9, 30));

    public static async Task<IRequestSource> PrepareAsync(ScenarioSetup setup, int count, CancellationToken ct)
    {
        var time = TimeProvider.System;
        var tables = setup.Tables();
        var facts = new TeamWeekFactStore(tables, time);
        var stores = new Stores(new TeamStore(tables, time), new MemberStore(tables, time), new DuoStore(tables), new DuoWeekStore(tables, facts), new DeliveryStore(tables, time));
        var week = IsoWeek.Of(time.GetUtcNow(), Amsterdam);
        var prepared = new ConcurrentQueue<InboundRequest>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var teams = (count + (TeamSize / 2) - 1) / (TeamSize / 2);
        await Parallel.ForEachAsync(Enumerable.Range(0, teams), new ParallelOptions { MaxDegreeOfParallelism = SetupConcurrency, CancellationToken = ct }, async (_, token) =>
        {
            foreach (var request in await SeedTeamAsync(setup, stores, week, time.GetUtcNow(), token))
            {
                prepared.Enqueue(request);
            }
        });

        return new PreparedRequests(prepared, string.Create(CultureInfo.InvariantCulture,
            $"{teams} teams of {TeamSize} ({prepared.Count} duos, week {week}) seeded through BreedBot's stores in {started.Elapsed.TotalSeconds:F1} s"));
    }

    private static async Task<IReadOnlyList<InboundRequest>> SeedTeamAsync(ScenarioSetup setup, Stores stores, IsoWeek week, DateTimeOffset now, CancellationToken ct)
    {
        var people = Enumerable.Range(0, TeamSize).Select(_ => setup.NextSeed()).ToDictionary(p => p.AadObjectId, StringComparer.Ordinal);
        var first = people.Values.First();
        var tenantId = first.TenantId;
        var teamId = string.Create(CultureInfo.InvariantCulture, $"19:bench-team-{first.RunId}-{first.Sequence}@thread.tacv2");
        await stores.Teams.RecordInstallAsync(tenantId, teamId, "Bench team", null, new ConversationAddress(first.ServiceUrl, teamId, first.BotId), ct);
        foreach (var person in people.Values)
        {
            await stores.Members.EnsureInvitedAsync(tenantId, teamId, "Bench team", person.AadObjectId, person.UserId, person.Name, null, ct);
            await stores.Members.UpdateAsync(tenantId, teamId, person.AadObjectId, (member, at) => member with
            {
                Status = MembershipStatus.Joined,
                Profile = new MemberProfile(MemberRole.Wijkteam, Beroepscluster.SociaalWerk, Monday, null, []),
                StatusChangedAt = at,
                TimeZoneId = ZoneChoice.DefaultId,
            }, ct);
        }

        var duos = people.Keys.Chunk(2).Select(pair => new Duo(pair, Monday, MomentAgreed: true)).ToList();
        if (!await stores.Duos.TrySaveAsync(tenantId, teamId, 0, new DuoRotation(1, 1, now.AddDays(-7), duos), ct))
        {
            throw new InvalidOperationException("the bench team's rotation could not be stored");
        }

        var requests = new List<InboundRequest>();
        foreach (var duo in duos)
        {
            var key = DuoKey.Of(1, duo.Members);
            var (sender, partner) = (people[DuoKey.Ordered(duo.Members)[0]], people[DuoKey.Ordered(duo.Members)[1]]);
            // What the reminder pass leaves behind: the duo's week with the scheduler's plan and the week's planned fact
            // (same id as BreedBot's DuoWeekFacts), and the partner's sent reminder.
            await stores.Weeks.PlanAsync(tenantId, teamId, week, key, new DuoWeekPlan(Monday, true, now.AddDays(-7), "Bench team", null),
                new DuoMomentPlanned($"duo/planned/{week}/{key}"), ct);
            await stores.Deliveries.SettleAsync(new DeliveryRecord(tenantId, teamId, week.ToString(), DuoReminderPlan.ReminderId(week, key, 1, 0), partner.AadObjectId, DuoWeekKinds.DuoReminder, DeliveryOutcome.Sent, now)
            {
                Conversation = new ConversationAddress(partner.ServiceUrl, partner.ConversationId, partner.BotId),
                ActivityId = "reminder-" + partner.Sequence.ToString(CultureInfo.InvariantCulture),
            }, ct);
            // The data the reminder card's button carries (DuoReminderCard), with the inputs.
            var data = new JsonObject
            {
                ["team"] = teamId, ["week"] = week.ToString(), ["duo"] = key, ["members"] = string.Join(',', DuoKey.Ordered(duo.Members)),
                ["what"] = "CaseDiscussed", ["usefulness"] = "4",
            };
            requests.Add(new InboundRequest(sender.Invoke("duo.checkin", data)) { ReplyAt = partner.ConversationId, Accepts = ShowsCheckIn });
        }

        return requests;
    }

    /// <summary>A 200 with the reminder card showing this week's check-in and no problem line (already checked in, week over, not your duo).</summary>
    private static bool ShowsCheckIn(string body) =>
        JsonNode.Parse(body) is JsonObject answer
        && answer["statusCode"] is JsonValue status && status.TryGetValue<int>(out var code) && code == 200
        && answer["value"]?.ToJsonString() is { } card
        && card.Contains("Gedaan deze week: casus besproken", StringComparison.Ordinal)
        && !card.Contains("\"Attention\"", StringComparison.Ordinal);

    private sealed record Stores(TeamStore Teams, MemberStore Members, DuoStore Duos, DuoWeekStore Weeks, DeliveryStore Deliveries);
}
