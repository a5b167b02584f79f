namespace BreedBot.Web.Kernel;

/// <summary>
/// The order in which "mijn gegevens" lists the person's data and "verwijder mijn gegevens" erases it. The weeks and
/// duos go first: leaving them tells the partners and reads names from the membership rows, so those rows must still
/// be there. The chat address goes last, so nothing before it loses the way to the person.
/// </summary>
internal static class PersonalDataOrder
{
    private static readonly PersonalDataKind[] Order =
    [
        PersonalDataKind.DuoWeeks,
        PersonalDataKind.Duos,
        PersonalDataKind.Membership,
        PersonalDataKind.Reflections,
        PersonalDataKind.SettingsAudit,
        PersonalDataKind.CourageStories,
        PersonalDataKind.UrgentConsult,
        PersonalDataKind.Deliveries,
        PersonalDataKind.Chat,
    ];

    public static IReadOnlyList<PersonalDataKind> Erase => Order;

    /// <summary>The sources in <see cref="Erase"/> order. A kind without a place is a programming error, not something to skip.</summary>
    public static IReadOnlyList<IPersonalDataSource> Sorted(IEnumerable<IPersonalDataSource> sources) =>
        [.. sources.OrderBy(source => Place(source.Kind))];

    private static int Place(PersonalDataKind kind) =>
        Array.IndexOf(Order, kind) is var place and >= 0
            ? place
            : throw new InvalidOperationException($"Personal data kind {kind} has no place in PersonalDataOrder.Erase.");
}
