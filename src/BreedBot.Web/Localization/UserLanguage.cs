namespace BreedBot.Web.Localization;

/// <summary>The languages BreedBot speaks. Dutch is the default.</summary>
public enum UserLanguage
{
    Dutch,
    English,
}
