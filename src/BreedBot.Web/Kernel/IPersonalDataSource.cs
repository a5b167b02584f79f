using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// One kind of record BreedBot keeps about a person. Every capability that stores something about
/// a person registers one (<c>services.AddPersonalData&lt;T&gt;()</c>), so "mijn gegevens" shows it,
/// the export contains it, and "verwijder mijn gegevens" deletes it — nothing can be forgotten by
/// one of the three.
/// </summary>
internal interface IPersonalDataSource
{
    /// <summary>What it keeps; its place in <see cref="PersonalDataOrder.Erase"/> decides when it is described and erased.</summary>
    PersonalDataKind Kind { get; }

    Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct);

    /// <summary>Deletes every row about the subject. Must be harmless when run twice.</summary>
    Task EraseAsync(PersonalDataSubject subject, CancellationToken ct);
}
