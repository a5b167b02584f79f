using System.Globalization;
using BreedBot.Domain.Pairing;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Pool;
using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Pairing;

/// <summary>
/// The organisation pools' pairings, as the scheduler's occurrences: a tenant whose pool has two teams or more is paired
/// when it has no pool duos yet, and again every <see cref="OrganisationPool.RotationWeeks"/> weeks after its last
/// pairing; tried once an hour until a round is stored (too few members who chose it: the next hour tries again). The
/// occurrence is that hour's attempt at the pool's next rotation (<c>pool-rotation/r000002/2027041209</c>), claimed
/// once across instances; the rotation is stored only if it directly follows the current one, so it is announced once.
/// </summary>
internal sealed class PoolRotationSource(PoolStore pool, DuoStore duos, PoolPairing pairing, TimeProvider time) : IOccurrenceSource
{
    public const string Kind = "pool-rotation";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public async Task<IReadOnlyList<Occurrence>> DueAsync(DueWindow window, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(window);
        var hour = new DateTimeOffset(window.To.UtcDateTime.Date.AddHours(window.To.UtcDateTime.Hour), TimeSpan.Zero);
        var due = new List<Occurrence>();
        foreach (var tenantId in await pool.ListPoolTenantsAsync(ct))
        {
            if (await NextRotationAsync(tenantId, window.To, ct) is { } next)
            {
                due.Add(new Occurrence(
                    Kind,
                    new OccurrenceScope(tenantId, OrganisationPool.ScopeId),
                    string.Create(CultureInfo.InvariantCulture, $"{Kind}/{DuoAnnouncer.Round(next)}/{hour:yyyyMMddHH}"),
                    hour,
                    hour.AddHours(1)));
            }
        }

        return due;
    }

    public async Task<ClaimOutcome> ActAsync(Occurrence occurrence, OccurrenceTiming timing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var tenantId = occurrence.Scope.TenantId;
        if (!OrganisationPool.IsPool(occurrence.Scope.ScopeId)
            || await NextRotationAsync(tenantId, time.GetUtcNow(), ct) is not { } next
            || !occurrence.Id.StartsWith($"{Kind}/{DuoAnnouncer.Round(next)}/", StringComparison.Ordinal))
        {
            return ClaimOutcome.NothingToDo;
        }

        return await pairing.PairAsync(tenantId, ct) is null ? ClaimOutcome.NothingToDo : ClaimOutcome.Acted;
    }

    // An hour that passed without a pass loses nothing: the next hour's occurrence is the same attempt.
    public Task RecordMissedAsync(Occurrence occurrence, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The pool rotation due at <paramref name="now"/>, or null when the current one still runs.</summary>
    private async Task<int?> NextRotationAsync(string tenantId, DateTimeOffset now, CancellationToken ct) =>
        await duos.GetCurrentAsync(tenantId, OrganisationPool.ScopeId, ct) switch
        {
            null => 1,
            { } current when RotationInterval.IsDue(current.PairedAt, OrganisationPool.RotationWeeks, now) => current.Rotation + 1,
            _ => null,
        };
}
