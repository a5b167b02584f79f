using BreedBot.Storage.CourageStories;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.CourageStories;

/// <summary>
/// The person's courage stories that still wait for a summary, in full. Once a summary showed a
/// story it no longer says whose it was, so it is the team's and not listed or erased here.
/// </summary>
internal sealed class CourageStoryPersonalData(CourageStoryStore stories) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.CourageStories;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var lines = new List<string>();
        DateTimeOffset? latest = null;
        var count = 0;
        foreach (var teamId in subject.EveryTeamId)
        {
            foreach (var story in await stories.ListByAuthorAsync(subject.TenantId, teamId, subject.MemberKey, ct))
            {
                count++;
                latest = latest is null || story.CreatedAt > latest ? story.CreatedAt : latest;
                lines.Add(CourageStoryTexts.DataLine(language, story.CreatedAt, story.Text));
            }
        }

        return [new PersonalDataSection(CourageStoryTexts.DataHeading(language), count, latest, lines)];
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        foreach (var teamId in subject.EveryTeamId)
        {
            await stories.EraseAuthorAsync(subject.TenantId, teamId, subject.MemberKey, ct);
        }
    }
}
