using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>Dates as a person reads them in the overview and the export: "3 maart 2027" / "3 March 2027".</summary>
internal static class PersonalDataDates
{
    public static string Format(DateTimeOffset at, UserLanguage language) => Format(DateOnly.FromDateTime(at.UtcDateTime), language);

    public static string Format(DateOnly date, UserLanguage language) =>
        date.ToString("d MMMM yyyy", DateTexts.Culture(language));
}
