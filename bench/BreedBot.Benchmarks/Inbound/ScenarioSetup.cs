using System.Text;
using Azure.Data.Tables;
using BreedBot.Benchmarks.Harness;
using BreedBot.Storage;

namespace BreedBot.Benchmarks.Inbound;

/// <summary>
/// What a scenario may use to seed state before the timed phase: new users, the bot's own endpoint
/// (signed like every timed request), and BreedBot's tables in the same Azurite through the real stores.
/// Everything done here happens before the storage and CPU counters of the run are read.
/// </summary>
internal sealed class ScenarioSetup(BotUnderTest bot, ConnectorStandIn standIn, LocalStorage storage, HttpClient http, Func<ActivitySeed> nextSeed)
{
    public BotUnderTest Bot => bot;

    public ConnectorStandIn StandIn => standIn;

    public ActivitySeed NextSeed() => nextSeed();

    /// <summary>Posts an activity to the bot; the answer's body, or null when it was not a success.</summary>
    public async Task<string?> PostAsync(string activity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagesUrl) { Content = new StringContent(activity, Encoding.UTF8, "application/json") };
        if (bot.Authorization is { } authorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return response.IsSuccessStatusCode ? body : null;
    }

    /// <summary>BreedBot's own tables (its prefix), reached straight, not through the proxy: seeding is neither counted nor slowed by the latency.</summary>
    public StorageTables Tables() => new(
        new TableServiceClient(storage.DirectConnectionString),
        Microsoft.Extensions.Options.Options.Create(new StorageOptions
        {
            ConnectionString = storage.DirectConnectionString,
            TablePrefix = bot.TablePrefix ?? throw new InvalidOperationException($"{bot.Name} has no BreedBot tables"),
        }));
}
