using BreedBot.Connector.Schema;
using BreedBot.Domain.Pairing;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The beroepscluster the sender chose when joining (the first team with a profile). The guide is
/// useful without it, so storage trouble means "no cluster notes", not an error.
/// </summary>
internal sealed class SenderCluster(SenderTeams senderTeams, ILogger<SenderCluster> logger)
{
    public async Task<Beroepscluster?> OfAsync(Activity activity, CancellationToken ct)
    {
        try
        {
            var teams = await senderTeams.OfAsync(activity, ct);
            return teams.Select(t => t.Member.Profile?.Cluster).FirstOrDefault(cluster => cluster is not null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.ClusterUnavailable(logger, e.GetType().Name);
            return null;
        }
    }
}
