using BreedBot.Connector.Schema;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.MyData;

/// <summary>
/// Everything BreedBot keeps about the sender of an activity, per kind in <see cref="PersonalDataOrder"/>: what the
/// overview counts, the export pages show and the JSON file holds, read once from the same sources so the three
/// cannot differ. Only ever the sender's own data.
/// </summary>
internal sealed class PersonalDataReport(PersonalDataSubjects subjects, IEnumerable<IPersonalDataSource> sources)
{
    public async Task<IReadOnlyList<KindSection>> ReadAsync(Activity activity, UserLanguage language, CancellationToken ct)
    {
        if (await subjects.OfSenderAsync(activity, ct) is not { } subject)
        {
            return [];
        }

        var sections = new List<KindSection>();
        foreach (var source in PersonalDataOrder.Sorted(sources))
        {
            sections.AddRange((await source.DescribeAsync(subject, language, ct)).Select(s => new KindSection(source.Kind, s)));
        }

        return sections;
    }
}

/// <summary>One section of the person's data with the kind of record it comes from.</summary>
internal sealed record KindSection(PersonalDataKind Kind, PersonalDataSection Section);
