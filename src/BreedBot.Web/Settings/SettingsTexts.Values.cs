using System.Globalization;
using BreedBot.Domain.Scheduling;
using BreedBot.Domain.Settings;
using BreedBot.Domain.Teams;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Settings;

/// <summary>Stored setting values in words, for the card's choices and the list of changes.</summary>
internal sealed partial record SettingsTexts
{
    public static string Zone(string id, UserLanguage language)
    {
        var en = language == UserLanguage.English;
        var place = id switch
        {
            ZoneChoice.DefaultId => en ? "Netherlands" : "Nederland",
            "Europe/Brussels" => en ? "Belgium" : "België",
            "Europe/Luxembourg" => "Luxemburg",
            "Europe/Berlin" => en ? "Germany" : "Duitsland",
            "Europe/Paris" => en ? "France" : "Frankrijk",
            "Europe/London" => en ? "United Kingdom" : "Verenigd Koninkrijk",
            "America/Curacao" => "Curaçao",
            "America/Aruba" => "Aruba",
            "America/Kralendijk" => en ? "Bonaire, Sint Eustatius, Saba" : "Bonaire, Sint Eustatius, Saba",
            "America/Lower_Princes" => "Sint Maarten",
            "America/Paramaribo" => "Suriname",
            _ => null,
        };
        return place is null ? id : $"{place} ({id})";
    }

    public static string Rotation(int weeks, UserLanguage language) => (weeks, language == UserLanguage.English) switch
    {
        (RotationInterval.Never, false) => "nooit vanzelf",
        (RotationInterval.Never, true) => "never automatically",
        (RotationInterval.DefaultWeeks, false) => "elke 8 weken (standaard)",
        (RotationInterval.DefaultWeeks, true) => "every 8 weeks (default)",
        (_, false) => string.Create(CultureInfo.InvariantCulture, $"elke {weeks} weken"),
        (_, true) => string.Create(CultureInfo.InvariantCulture, $"every {weeks} weeks"),
    };

    /// <summary>One stored value in words; member keys become names (or "someone who left").</summary>
    public static string Value(SettingField field, string value, UserLanguage language, IReadOnlyDictionary<string, string> names, int defaultRetentionDays)
    {
        var en = language == UserLanguage.English;
        return field switch
        {
            SettingField.SummaryDay => Enum.TryParse<DayOfWeek>(value, out var day) ? DateTexts.DayName(day, language) : value,
            SettingField.TimeZone => Zone(value, language),
            SettingField.Rotation => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) ? Rotation(weeks, language) : value,
            SettingField.Aandachtsfunctionaris => Person(value, en, names, nobody: en ? "nobody" : "niemand"),
            SettingField.MixRoles or SettingField.Paused or SettingField.OrganisationPool => value == "true" ? (en ? "on" : "aan") : (en ? "off" : "uit"),
            SettingField.Rhythm => RhythmName(value, en),
            SettingField.QuietWeeks => value.Length == 0 ? "—" : value,
            SettingField.RetentionDays => value.Length == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{(en ? "default" : "standaard")} ({defaultRetentionDays} {(en ? "days" : "dagen")})")
                : $"{value} {(en ? "days" : "dagen")}",
            _ => value,
        };
    }

    public static string Person(string key, bool en, IReadOnlyDictionary<string, string> names, string? nobody = null) => key switch
    {
        "" => nobody ?? "?",
        SettingsAuditEntry.ErasedKey => en ? "someone whose data was deleted" : "iemand wiens gegevens zijn verwijderd",
        _ when names.TryGetValue(key, out var name) => name,
        _ => en ? "someone no longer in the team" : "iemand die niet meer in het team is",
    };
}
