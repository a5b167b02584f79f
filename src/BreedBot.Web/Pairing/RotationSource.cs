using System.Globalization;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.Kernel;
using BreedBot.Web.Outbound;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Pairing;

/// <summary>
/// The automatic re-pairing, as the scheduler's occurrences: each installed, unpaused team whose rotation interval has
/// passed since its last pairing is re-paired once an hour until a round is stored (a team is re-paired by itself only
/// after an owner paired it the first time). The occurrence is that hour's attempt at the next rotation
/// (<c>rotation/r000004/2027041209</c>), claimed once across instances; a rotation is stored only if it directly
/// follows the current one (ETag on the team's rotation state), so two attempts at once announce it once. The
/// channel's count, like the members' cards, is queued in the outbox, keyed by the rotation: one post per rotation, and
/// none when nothing was stored (too few people: the next hour tries again, and would otherwise say so each hour).
/// </summary>
internal sealed class RotationSource(TeamStore teams, DuoStore duos, TeamPairing pairing, IOutbox outbox, TimeProvider time) : IOccurrenceSource
{
    public const string Kind = "rotation";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        var hour = new DateTimeOffset(window.To.UtcDateTime.Date.AddHours(window.To.UtcDateTime.Hour), TimeSpan.Zero);
        var due = new List<Occurrence>();
        foreach (var team in await teams.ListInstalledAsync(ct))
        {
            // A paused team keeps its duos: re-pairing would announce new partners to everyone.
            if (!team.Settings.Paused
                && await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is { } current
                && RotationInterval.IsDue(current.PairedAt, team.RotationWeeks, window.To))
            {
                due.Add(new Occurrence(
                    Kind,
                    new OccurrenceScope(team.TenantId, team.TeamId),
                    string.Create(CultureInfo.InvariantCulture, $"{Kind}/{DuoAnnouncer.Round(current.Rotation + 1)}/{hour:yyyyMMddHH}"),
                    hour,
                    hour.AddHours(1)));
            }
        }

        return due;
    }

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        if (await teams.GetAsync(occurrence.Scope.TenantId, occurrence.Scope.ScopeId, ct) is not { Status: InstallationStatus.Installed, Settings.Paused: false } team
            || await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is not { } current
            || !occurrence.Id.StartsWith($"{Kind}/{DuoAnnouncer.Round(current.Rotation + 1)}/", StringComparison.Ordinal)
            || !RotationInterval.IsDue(current.PairedAt, team.RotationWeeks, time.GetUtcNow()))
        {
            return ClaimOutcome.NothingToDo;
        }

        var (answer, stored) = await pairing.PairRoundAsync(team, PairingTexts.For(RecipientLanguages.OfTeam(team)), ct);
        if (stored is null)
        {
            return ClaimOutcome.NothingToDo;
        }

        await outbox.EnqueueAsync(
            new OutboundMessage(team.TenantId, team.TeamId, null, "pairing/" + DuoAnnouncer.Round(stored.Rotation), MessageKinds.ChannelNotice, null, answer), ct);
        return ClaimOutcome.Acted;
    }

    // An hour that passed without a pass loses nothing: the next hour's occurrence is the same attempt.
    public Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct) => Task.CompletedTask;
}
