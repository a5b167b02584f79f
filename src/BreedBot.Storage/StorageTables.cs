using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace BreedBot.Storage;

/// <summary>The tables BreedBot owns, each under the configured prefix. One table per aggregate.</summary>
public sealed class StorageTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    public const string TeamsName = "Teams";
    public const string UserConversationsName = "UserConversations";
    public const string MembersName = "Members";
    public const string MembershipsName = "Memberships";
    public const string DuosName = "Duos";
    public const string TeamWeekFactsName = "TeamWeekFacts";
    public const string OccurrenceClaimsName = "OccurrenceClaims";
    public const string DuoWeeksName = "DuoWeeks";
    public const string ReflectionsName = "Reflections";
    public const string ReflectionsDueName = "ReflectionsDue";
    public const string ReflectionSharesName = "ReflectionShares";

    public const string DeliveriesName = "Deliveries";
    public const string SendPausesName = "SendPauses";
    public const string CourageStoriesName = "CourageStories";
    public const string SettingsAuditName = "SettingsAudit";
    public const string UrgentConsultsName = "UrgentConsults";
    public const string PoolTeamsName = "PoolTeams";

    public static IReadOnlyList<string> All { get; } = [TeamsName, UserConversationsName, MembersName, MembershipsName, DuosName, TeamWeekFactsName, OccurrenceClaimsName, DuoWeeksName, DeliveriesName, SendPausesName, ReflectionsName, ReflectionsDueName, CourageStoriesName, SettingsAuditName, ReflectionSharesName, UrgentConsultsName, PoolTeamsName];

    public TableClient Teams { get; } = service.GetTableClient(options.Value.TablePrefix + TeamsName);

    public TableClient UserConversations { get; } = service.GetTableClient(options.Value.TablePrefix + UserConversationsName);

    public TableClient Members { get; } = service.GetTableClient(options.Value.TablePrefix + MembersName);

    public TableClient Memberships { get; } = service.GetTableClient(options.Value.TablePrefix + MembershipsName);

    public TableClient Duos { get; } = service.GetTableClient(options.Value.TablePrefix + DuosName);

    public TableClient TeamWeekFacts { get; } = service.GetTableClient(options.Value.TablePrefix + TeamWeekFactsName);

    public TableClient OccurrenceClaims { get; } = service.GetTableClient(options.Value.TablePrefix + OccurrenceClaimsName);

    public TableClient DuoWeeks { get; } = service.GetTableClient(options.Value.TablePrefix + DuoWeeksName);

    public TableClient Deliveries { get; } = service.GetTableClient(options.Value.TablePrefix + DeliveriesName);

    public TableClient SendPauses { get; } = service.GetTableClient(options.Value.TablePrefix + SendPausesName);

    public TableClient Reflections { get; } = service.GetTableClient(options.Value.TablePrefix + ReflectionsName);

    public TableClient ReflectionsDue { get; } = service.GetTableClient(options.Value.TablePrefix + ReflectionsDueName);

    public TableClient CourageStories { get; } = service.GetTableClient(options.Value.TablePrefix + CourageStoriesName);

    public TableClient SettingsAudit { get; } = service.GetTableClient(options.Value.TablePrefix + SettingsAuditName);

    public TableClient ReflectionShares { get; } = service.GetTableClient(options.Value.TablePrefix + ReflectionSharesName);

    public TableClient UrgentConsults { get; } = service.GetTableClient(options.Value.TablePrefix + UrgentConsultsName);

    public TableClient PoolTeams { get; } = service.GetTableClient(options.Value.TablePrefix + PoolTeamsName);

    public IEnumerable<TableClient> Each() => [Teams, UserConversations, Members, Memberships, Duos, TeamWeekFacts, OccurrenceClaims, DuoWeeks, Deliveries, SendPauses, Reflections, ReflectionsDue, CourageStories, SettingsAudit, ReflectionShares, UrgentConsults, PoolTeams];
}
