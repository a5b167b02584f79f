using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace BreedBot.Storage;

/// <summary>
/// The queues BreedBot owns, under the configured prefix in lower case (queue names allow only lower-case
/// letters, digits and dashes, 3–63 characters): proactive sends, and the poison queue for sends that kept failing.
/// </summary>
public sealed class StorageQueues(QueueServiceClient service, IOptions<StorageOptions> options)
{
    public const string OutboundName = "outbound";
    public const string PoisonName = "outbound-poison";

    public QueueClient Outbound { get; } = service.GetQueueClient(NameOf(options.Value.TablePrefix, OutboundName));

    public QueueClient Poison { get; } = service.GetQueueClient(NameOf(options.Value.TablePrefix, PoisonName));

    public IEnumerable<QueueClient> Each() => [Outbound, Poison];

    public static string NameOf(string prefix, string name) => (prefix ?? "").ToLowerInvariant() + name;
}
