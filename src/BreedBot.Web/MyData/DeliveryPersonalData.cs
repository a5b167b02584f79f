using BreedBot.Storage.Outbound;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;
using BreedBot.Web.Outbound;

namespace BreedBot.Web.MyData;

/// <summary>The delivery records of messages BreedBot sent the person (outcome only, never the message).</summary>
internal sealed class DeliveryPersonalData(DeliveryStore deliveries) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.Deliveries;

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

        var t = MyDataTexts.For(language);
        return [new PersonalDataSection(t.DeliveriesHeading, count, null, [t.Deliveries(count)])];
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
