using BreedBot.Storage.Outbound;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;
using BreedBot.Web.Kernel;

namespace BreedBot.Web.Privacy;

/// <summary>The delivery records of messages BreedBot sent the person (outcome only, never the message).</summary>
internal sealed class DeliveryPersonalData(DeliveryStore deliveries) : IPersonalDataSource
{
    public int Order => 800;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        var count = 0;
        foreach (var teamId in TeamsOf(subject))
        {
            count += await deliveries.CountRecipientAsync(subject.TenantId, teamId, subject.MemberKey, ct);
        }

        if (count == 0)
        {
            return [];
        }

        var en = language == UserLanguage.English;
        return [new PersonalDataSection(
            en ? "Messages delivered" : "Bezorgde berichten",
            count,
            null,
            [en ? $"For {count} messages BreedBot sent you: whether they arrived (not what they said)." : $"Van {count} berichten die BreedBot je stuurde: of ze zijn aangekomen (niet wat erin stond)."])];
    }

    public async Task EraseAsync(PersonalDataSubject subject, CancellationToken ct)
    {
        foreach (var teamId in TeamsOf(subject))
        {
            await deliveries.EraseRecipientAsync(subject.TenantId, teamId, subject.MemberKey, ct);
        }
    }

    // A late reply in the personal chat is recorded outside any team.
    private static IEnumerable<string> TeamsOf(PersonalDataSubject subject) => subject.EveryTeamId.Append(OutboundMessage.NoTeam);
}
