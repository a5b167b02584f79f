using System.Globalization;
using BreedBot.Domain.Privacy;

namespace BreedBot.Web.Localization;

/// <summary>
/// What to say when the privacy guard refuses a field or a field is too long: which kinds of
/// detail to leave out, never the matched text, and that nothing the user typed is lost.
/// </summary>
public static class PrivacyTexts
{
    private static readonly Dictionary<PrivacyFindingKind, (string Dutch, string English)> Kinds = new()
    {
        [PrivacyFindingKind.Bsn] = ("een BSN", "a BSN (citizen service number)"),
        [PrivacyFindingKind.PhoneNumber] = ("een telefoonnummer", "a phone number"),
        [PrivacyFindingKind.EmailAddress] = ("een e-mailadres", "an e-mail address"),
        [PrivacyFindingKind.Iban] = ("een rekeningnummer", "a bank account number"),
        [PrivacyFindingKind.Postcode] = ("een postcode", "a postcode"),
        [PrivacyFindingKind.StreetAddress] = ("een straat met huisnummer", "a street with a house number"),
        [PrivacyFindingKind.DateOfBirth] = ("een geboortedatum", "a date of birth"),
        [PrivacyFindingKind.PersonName] = ("een naam (schrijf liever 'moeder' dan 'moeder Fatima')", "a name (write 'mother' rather than 'mother Fatima')"),
        [PrivacyFindingKind.ClientNumber] = ("een cliënt- of dossiernummer", "a client or case number"),
        [PrivacyFindingKind.LicencePlate] = ("een kenteken", "a licence plate"),
    };

    /// <summary>The explanation for a refused field; empty when the check allowed the text.</summary>
    public static string Explain(PrivacyCheck check, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.IsAllowed)
        {
            return string.Empty;
        }

        var english = language == UserLanguage.English;
        var kinds = check.Findings.Select(kind => english ? Kinds[kind].English : Kinds[kind].Dutch).ToList();
        var list = Join(kinds, english ? "and" : "en");
        return english
            ? $"I can't keep this: it contains {list}. BreedBot is not a client file, so leave out what could identify someone and try again. Your text is still here."
            : $"Dit kan ik niet bewaren: er staat {list} in. BreedBot is geen dossier, dus laat weg wat iemand herkenbaar maakt en probeer het opnieuw. Je tekst staat er nog.";
    }

    /// <summary>For a field over its limit (<see cref="FreeTextLimits"/>).</summary>
    public static string TooLong(int limit, UserLanguage language) =>
        string.Format(
            CultureInfo.InvariantCulture,
            language == UserLanguage.English
                ? "Please keep this to at most {0} characters. Your text is still here; shorten it and try again."
                : "Houd dit kort: hoogstens {0} tekens. Je tekst staat er nog; maak hem korter en probeer het opnieuw.",
            limit);

    private static string Join(List<string> items, string and) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + $" {and} " + items[^1];
}
