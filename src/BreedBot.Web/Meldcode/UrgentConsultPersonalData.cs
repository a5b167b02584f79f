using BreedBot.Storage.Acute;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// When the person last asked for an urgent consult (no recipients, no reason). The messages it sent are delivery
/// records of the recipients, in their data. Kept a day at most by retention.
/// </summary>
internal sealed class UrgentConsultPersonalData(UrgentConsultStore consults) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.UrgentConsult;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        if (await consults.GetAsync(subject.TenantId, subject.MemberKey, ct) is not { } consult)
        {
            return [];
        }

        var (heading, line) = AcuteTexts.ConsultRecord(language, PersonalDataDates.Format(consult.RequestedAt, language));
        return [new PersonalDataSection(heading, 1, consult.RequestedAt, [line])];
    }

    public Task EraseAsync(PersonalDataSubject subject, CancellationToken ct) => consults.EraseAsync(subject.TenantId, subject.MemberKey, ct);
}
