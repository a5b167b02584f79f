namespace BreedBot.Web.Scheduling;

/// <summary>
/// Stores the time zones the message turns saw (<see cref="MemberZoneSightings"/>), one at a time, so a person's
/// first message to this instance costs their reply no storage round trip. A sighting that cannot be stored is
/// let go: the zone is a nicety for reminders, and the person's next message brings it again.
/// </summary>
internal sealed class MemberTimeZoneJob(MemberZoneSightings sightings, MemberTimeZones zones, ILogger<MemberTimeZoneJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var sighting in sightings.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await zones.RecordAsync(sighting, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    Log.MemberTimeZoneFailed(logger, e.GetType().Name);
                }
                finally
                {
                    sightings.Finished();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued comes again with the people's next messages.
        }
    }
}
