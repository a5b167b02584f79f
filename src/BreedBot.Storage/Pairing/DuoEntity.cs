using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.Pairing;

namespace BreedBot.Storage.Pairing;

/// <summary>
/// Row of the Duos table. PartitionKey = tenant id + "|" + team id. RowKey = "rotation-NNNNNN-III" for
/// a duo (rotation and index, zero-padded so rows sort by rotation), or "state" for the team's
/// current rotation number.
/// </summary>
internal sealed class DuoEntity : ITableEntity
{
    public const string StateRowKey = "state";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Rotation { get; set; }
    public int Seed { get; set; }
    public DateTimeOffset PairedAt { get; set; }
    public string? Members { get; set; }
    public string? Day { get; set; }
    public string? Time { get; set; }
    public bool MomentAgreed { get; set; }
    public string? SwappedBy { get; set; }

    /// <summary>Member keys of the duo who chose to meet every two weeks (comma-separated); absent: nobody, so every week.</summary>
    public string? EveryTwoWeeksBy { get; set; }

    /// <summary>A pool duo's members' own teams, in the order of <see cref="Members"/> (JSON); null on a team's duo.</summary>
    public string? Homes { get; set; }

    public static string Partition(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

    public static string RotationPrefix(int rotation) => string.Create(CultureInfo.InvariantCulture, $"rotation-{rotation:D6}-");

    public static DuoEntity From(string partition, DuoRotation rotation, int index, Duo duo) => new()
    {
        PartitionKey = partition,
        RowKey = RotationPrefix(rotation.Rotation) + index.ToString("D3", CultureInfo.InvariantCulture),
        Rotation = rotation.Rotation,
        Seed = rotation.Seed,
        PairedAt = rotation.PairedAt,
        // Member keys are Entra object ids or Teams ids: neither contains a comma.
        Members = string.Join(',', duo.Members),
        Day = duo.Moment.Day.ToString(),
        Time = duo.Moment.Time.ToString("HH:mm", CultureInfo.InvariantCulture),
        MomentAgreed = duo.MomentAgreed,
        EveryTwoWeeksBy = duo.EveryTwoWeeksBy.Count == 0 ? null : string.Join(',', duo.EveryTwoWeeksBy),
        Homes = rotation.Homes.Count == 0 ? null : HomesJson(duo.Members.Select(m => rotation.Homes[m])),
    };

    public static string HomesJson(IEnumerable<string> teamIds) => JsonSerializer.Serialize(teamIds.ToArray());

    /// <summary>The member → own team pairs of a pool rotation's rows; empty for a team's.</summary>
    public static Dictionary<string, string> HomesOf(IEnumerable<DuoEntity> rows)
    {
        var homes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Homes is not null))
        {
            var members = (row.Members ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            foreach (var (member, team) in members.Zip(JsonSerializer.Deserialize<string[]>(row.Homes!) ?? []))
            {
                homes.TryAdd(member, team);
            }
        }

        return homes;
    }

    public Duo ToDuo() => new(
        (Members ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        new WeeklyMoment(Enum.Parse<DayOfWeek>(Day!), TimeOnly.ParseExact(Time!, "HH:mm", CultureInfo.InvariantCulture)),
        MomentAgreed)
    {
        EveryTwoWeeksBy = (EveryTwoWeeksBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
    };
}
