namespace BreedBot.Web.Kernel;

/// <summary>Each kind of record BreedBot keeps about a person: one per <see cref="IPersonalDataSource"/>.</summary>
internal enum PersonalDataKind
{
    DuoWeeks,
    Duos,
    Membership,
    Reflections,
    SettingsAudit,
    CourageStories,
    UrgentConsult,
    Deliveries,
    Chat,
}
