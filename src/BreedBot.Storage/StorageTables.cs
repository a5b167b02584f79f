using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace BreedBot.Storage;

/// <summary>The tables BreedBot owns, each under the configured prefix. One table per aggregate.</summary>
public sealed class StorageTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    public const string TeamsName = "Teams";
    public const string UserConversationsName = "UserConversations";

    public static IReadOnlyList<string> All { get; } = [TeamsName, UserConversationsName];

    public TableClient Teams { get; } = service.GetTableClient(options.Value.TablePrefix + TeamsName);

    public TableClient UserConversations { get; } = service.GetTableClient(options.Value.TablePrefix + UserConversationsName);

    public IEnumerable<TableClient> Each() => [Teams, UserConversations];
}
