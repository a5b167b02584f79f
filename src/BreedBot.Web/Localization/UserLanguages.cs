namespace BreedBot.Web.Localization;

public static class UserLanguages
{
    /// <summary>
    /// English when the Teams locale (activity <c>locale</c>, e.g. "en-US") starts with "en";
    /// Dutch for every other locale and when there is none.
    /// </summary>
    public static UserLanguage FromLocale(string? locale) =>
        locale is not null && locale.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? UserLanguage.English
            : UserLanguage.Dutch;

    /// <summary>The locale a message BreedBot sends by itself carries: "en-GB" or "nl-NL".</summary>
    public static string Locale(UserLanguage language) => language == UserLanguage.English ? "en-GB" : "nl-NL";
}
