using BreedBot.Domain.Teams;
using BreedBot.Storage.Pairing;
using BreedBot.Storage.Teams;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;
using BreedBot.Web.Pairing;

namespace BreedBot.Web.Jobs;

/// <summary>
/// Re-pairs each team once its rotation interval has passed since its last pairing. A team is
/// re-paired automatically only after an owner paired it the first time. Safe with several
/// instances and restarts: a rotation is stored only if it directly follows the current one
/// (ETag on the team's rotation state), so a second instance that finds the same team due loses
/// that race and announces nothing. The channel's count, like the members' cards, is queued in the outbox, keyed by
/// the rotation: one post per rotation, and none when nothing was stored (too few people: the job tries again
/// each hour, and would otherwise say so each hour).
/// </summary>
internal sealed class RotationJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<RotationJob> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>One pass over every installed team; a failure with one team never stops the others.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var teams = scope.ServiceProvider.GetRequiredService<TeamStore>();
        var duos = scope.ServiceProvider.GetRequiredService<DuoStore>();
        var pairing = scope.ServiceProvider.GetRequiredService<TeamPairing>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var repaired = 0;
        IReadOnlyList<TeamInstallation> installed;
        try
        {
            installed = await teams.ListInstalledAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.JobFailed(logger, "rotation", e.GetType().Name);
            return 0;
        }

        foreach (var team in installed)
        {
            try
            {
                // A paused team keeps its duos: re-pairing would announce new partners to everyone.
                if (!team.Settings.Paused
                    && await duos.GetCurrentAsync(team.TenantId, team.TeamId, ct) is { } current
                    && RotationInterval.IsDue(current.PairedAt, team.RotationWeeks, time.GetUtcNow()))
                {
                    var (answer, stored) = await pairing.PairRoundAsync(team, PairingTexts.For(UserLanguage.Dutch), ct);
                    if (stored is not null)
                    {
                        await outbox.EnqueueAsync(
                            new OutboundMessage(team.TenantId, team.TeamId, null, "pairing/" + DuoAnnouncer.Round(stored.Rotation), MessageKinds.ChannelNotice, null, answer), ct);
                        repaired++;
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.JobFailed(logger, "rotation", e.GetType().Name);
            }
        }

        return repaired;
    }
}
