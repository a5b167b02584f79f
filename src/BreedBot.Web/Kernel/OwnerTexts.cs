using BreedBot.Web.Localization;

namespace BreedBot.Web.Kernel;

/// <summary>
/// The refusal for someone who is not (seen as) an owner of the team: the feature's own kind "alleen eigenaren" about
/// what was asked, and — when BreedBot may not read the team's members — what to do about that.
/// </summary>
internal static class OwnerTexts
{
    public static string Refusal(UserLanguage language, Ownership ownership, string onlyOwners) =>
        ownership == Ownership.NoConsent ? onlyOwners + " " + NoConsent(language) : onlyOwners;

    public static string NoConsent(UserLanguage language) => language == UserLanguage.English
        ? "Are you an owner yourself? I can't check that right now: ask your IT administrator to give BreedBot permission to read the team's members."
        : "Ben je zelf eigenaar? Dat kan ik nu niet nagaan: vraag je IT-beheerder om BreedBot toestemming te geven om de teamleden te lezen.";
}
