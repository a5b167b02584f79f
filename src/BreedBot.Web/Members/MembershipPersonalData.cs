using System.Globalization;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Members;

/// <summary>Membership of each team with the join answers, "not with" names included: only the person themselves ever sees those.</summary>
internal sealed class MembershipPersonalData(MemberStore members) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.Membership;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var lines = new List<string>();
        DateTimeOffset? latest = null;
        foreach (var (team, me) in subject.ActiveTeams)
        {
            var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
            lines.Add(MemberLine(team, me, everyone, language));
            latest = latest is null || me.StatusChangedAt > latest ? me.StatusChangedAt : latest;
        }

        return [new PersonalDataSection(MembersTexts.For(language).MembershipsTitle, lines.Count, latest, lines)];
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        foreach (var teamId in subject.EveryTeamId)
        {
            await members.EraseFromTeamAsync(subject.TenantId, teamId, subject.MemberKey, ct);
        }
    }

    private static string MemberLine(TeamInstallation team, TeamMember me, IReadOnlyList<TeamMember> everyone, UserLanguage language)
    {
        var t = MembersTexts.For(language);
        var status = me.Status.ToString().ToLowerInvariant();
        var since = PersonalDataDates.Format(me.StatusChangedAt, language);
        if (me.Profile is not { } p)
        {
            return t.MembershipWithoutAnswers(team.TeamName, status, since);
        }

        var notWith = p.NotWith.Count == 0 ? "-" : string.Join(", ", p.NotWith.Select(k => everyone.FirstOrDefault(m => m.MemberKey == k)?.Name ?? "?"));
        var day = DateTexts.Culture(language).DateTimeFormat.GetDayName(p.PreferredMoment.Day);
        var years = p.YearsOfExperience?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var more = (me.Pause is { } w ? t.PausedUntil(PersonalDataDates.Format(w.Until, language)) : "")
            + (me.TimeZoneId is { } zone ? t.TimeZone(zone) : "");
        return t.Membership(
            team.TeamName, status, since, MembersTexts.RoleName(p.Role, language), MembersTexts.ClusterName(p.Cluster, language), day, p.PreferredMoment.Time, years, notWith, more);
    }
}
