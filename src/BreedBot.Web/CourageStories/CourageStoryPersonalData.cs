using BreedBot.Storage.CourageStories;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.CourageStories;

/// <summary>
/// The person's courage stories that still wait for a summary, in full. Once a summary showed a
/// story it no longer says whose it was, so it is the team's and not listed or erased here. Erasing a waiting story
/// takes back the cards in the person's chat that show it (<see cref="CourageStoryCards"/>).
/// </summary>
internal sealed class CourageStoryPersonalData(CourageStoryStore stories, CourageStoryCards cards) : IPersonalDataSource
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
            // The cards that show a waiting story go first: their records are found by the story.
            foreach (var story in await stories.ListByAuthorAsync(subject.TenantId, teamId, subject.MemberKey, ct))
            {
                await cards.RetractAsync(subject.TenantId, teamId, story.Id, ct);
            }

            await stories.EraseAuthorAsync(subject.TenantId, teamId, subject.MemberKey, ct);
        }
    }
}
