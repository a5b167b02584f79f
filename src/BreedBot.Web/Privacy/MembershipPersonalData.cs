using System.Globalization;
using BreedBot.Domain.Members;
using BreedBot.Domain.Teams;
using BreedBot.Storage.Members;
using BreedBot.Web.Cards;
using BreedBot.Web.Localization;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Privacy;

/// <summary>Membership of each team with the join answers, "not with" names included: only the person themselves ever sees those.</summary>
internal sealed class MembershipPersonalData(MemberStore members) : IPersonalDataSource
{
    public int Order => 200;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var en = language == UserLanguage.English;
        var lines = new List<string>();
        DateTimeOffset? latest = null;
        foreach (var (team, me) in subject.ActiveTeams)
        {
            var everyone = await members.ListTeamAsync(team.TenantId, team.TeamId, ct);
            lines.Add(MemberLine(team, me, everyone, language));
            latest = latest is null || me.StatusChangedAt > latest ? me.StatusChangedAt : latest;
        }

        return [new PersonalDataSection(en ? "Teams and your answers" : "Teams en je antwoorden", lines.Count, latest, lines)];
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
        var en = language == UserLanguage.English;
        var status = me.Status.ToString().ToLowerInvariant();
        var since = PersonalDataDates.Format(me.StatusChangedAt, language);
        if (me.Profile is not { } p)
        {
            return en ? $"Team {team.TeamName}: {status} since {since}; no answers stored." : $"Team {team.TeamName}: {status} sinds {since}; geen antwoorden bewaard.";
        }

        var notWith = p.NotWith.Count == 0 ? "-" : string.Join(", ", p.NotWith.Select(k => everyone.FirstOrDefault(m => m.MemberKey == k)?.Name ?? "?"));
        var day = CultureInfo.GetCultureInfo(en ? "en-GB" : "nl-NL").DateTimeFormat.GetDayName(p.PreferredMoment.Day);
        var years = p.YearsOfExperience?.ToString(CultureInfo.InvariantCulture) ?? "-";
        var pause = me.Pause is { } w ? (en ? $" Paused up to and including {PersonalDataDates.Format(w.Until, language)}." : $" Pauze tot en met {PersonalDataDates.Format(w.Until, language)}.") : "";
        pause += me.TimeZoneId is { } zone ? (en ? $" Time zone (from Teams, for your reminders): {zone}." : $" Tijdzone (uit Teams, voor je herinneringen): {zone}.") : "";
        return en
            ? $"Team {team.TeamName}: {status} since {since}. Role: {JoinCardTexts.RoleName(p.Role, language)}; group: {JoinCardTexts.ClusterName(p.Cluster, language)}; moment: {day} {p.PreferredMoment.Time:HH\\:mm}; years: {years}; rather not with: {notWith}.{pause}"
            : $"Team {team.TeamName}: {status} sinds {since}. Rol: {JoinCardTexts.RoleName(p.Role, language)}; beroepsgroep: {JoinCardTexts.ClusterName(p.Cluster, language)}; moment: {day} {p.PreferredMoment.Time:HH\\:mm}; ervaring: {years} jaar; liever niet met: {notWith}.{pause}";
    }
}
