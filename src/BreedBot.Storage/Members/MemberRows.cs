using Azure;
using BreedBot.Domain.Members;

namespace BreedBot.Storage.Members;

/// <summary>
/// Member rows of one team as read for a change: the members, and each row's ETag, so a turn that already read a
/// row can write it back without reading it again (<see cref="MemberStore.UpdateAsync(MemberRows, string, Func{TeamMember, DateTimeOffset, TeamMember}, CancellationToken)"/>).
/// </summary>
public sealed class MemberRows
{
    private readonly Dictionary<string, (TeamMember Member, ETag ETag)> byKey;

    internal MemberRows(IEnumerable<(TeamMember Member, ETag ETag)> rows)
    {
        byKey = rows.ToDictionary(r => r.Member.MemberKey, StringComparer.Ordinal);
        Members = [.. byKey.Values.Select(r => r.Member)];
    }

    public IReadOnlyList<TeamMember> Members { get; }

    public TeamMember? Find(string memberKey) => byKey.TryGetValue(memberKey, out var row) ? row.Member : null;

    internal ETag? TagOf(string memberKey) => byKey.TryGetValue(memberKey, out var row) ? row.ETag : null;
}
