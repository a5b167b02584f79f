
namespace BreedBot.Web.Tests.Hosting;

/// <summary>
/// Drives work that meets a Teams stand-in that does not answer: each time a request hangs there, the host's fake
/// clock moves on by <c>step</c>, so the request's deadline passes without the test waiting in real time.
/// </summary>
public static class SlowTeams
{
    /// <summary>Runs until <paramref name="work"/> ends; returns how many hanging requests it advanced past.</summary>
    public static async Task<int> AdvancePastHangsAsync(BotHost host, Task work, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(work);
        var seen = host.Connector.Requests.Select(r => r.Sequence).DefaultIfEmpty(0).Max();
        var advanced = 0;
        while (true)
        {
            var hang = host.Connector.WaitForHangAsync(seen, TimeSpan.FromSeconds(30));
            if (await Task.WhenAny(work, hang) == work)
            {
                _ = hang.ContinueWith(t => t.Exception, TaskScheduler.Default);
                await work;
                return advanced;
            }

            seen = (await hang).Sequence;
            host.Time.Advance(step);
            advanced++;
        }
    }
}
