using System.Text.RegularExpressions;

namespace BreedBot.Domain.Privacy;

/// <summary>
/// A day and month tied to birth: after "geboren", "geb.", "geboortedatum" (or English "born",
/// "date of birth") in the same sentence, or right before "geboren" ("op 3 april 2015 geboren").
/// A date on its own is a planned action, and a birth year alone is an age.
/// </summary>
internal static partial class DateOfBirthDetector
{
    private const string Date =
        @"(?:[0-3]?[0-9][\-/.][01]?[0-9](?:[\-/.](?:19|20)?[0-9]{2})?(?![0-9])"
        + @"|[0-3]?[0-9][ ]*(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
        + @"|january|february|march|may|june|july|october|december)(?!\p{L})\.?(?:[ ]+(?:19|20)[0-9]{2})?)";

    // The keyword's own dot ("geb.") is part of it; a sentence's full stop ends the search.
    public static bool Finds(string text) => AfterKeyword().IsMatch(text) || BeforeGeboren().IsMatch(text);

    [GeneratedRegex(
        @"(?<!\p{L})(?:(?:geboren|geboortedatum|born|date[ ]of[ ]birth|dob)(?!\p{L})|geb\.?[ ]?datum(?!\p{L})|geb(?:\.|(?!\p{L}))|d\.o\.b\.?)[^0-9.!?]{0,40}?" + Date,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterKeyword();

    [GeneratedRegex(@"(?<![0-9])" + Date + @"\)?(?:[ ]+\p{L}+){0,3}[ ]+(?:geboren|born)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeGeboren();
}
