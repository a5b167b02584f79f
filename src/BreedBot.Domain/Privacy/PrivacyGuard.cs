namespace BreedBot.Domain.Privacy;

/// <summary>
/// Refuses free text that identifies a person (domain brief §6): BreedBot is not a dossier. Every
/// pattern is linear in the text length, so a 500-character field is checked in microseconds.
/// </summary>
public static class PrivacyGuard
{
    public static PrivacyCheck Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PrivacyCheck.Allowed;
        }

        var plain = PrivacyText.Normalize(text);
        var findings = new List<PrivacyFindingKind>();

        // Most reflective sentences hold no digit; every number-shaped kind can then be skipped.
        if (plain.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            Add(findings, PrivacyFindingKind.Bsn, BsnDetector.Finds(plain));
            Add(findings, PrivacyFindingKind.PhoneNumber, PhoneNumberDetector.Finds(plain));
            Add(findings, PrivacyFindingKind.Iban, IbanDetector.Finds(plain));
            Add(findings, PrivacyFindingKind.Postcode, PostcodeDetector.Finds(plain));
            Add(findings, PrivacyFindingKind.StreetAddress, StreetAddressDetector.Finds(plain));
            Add(findings, PrivacyFindingKind.DateOfBirth, DateOfBirthDetector.Finds(plain));
            Add(findings, PrivacyFindingKind.ClientNumber, ClientNumberDetector.Finds(plain));
        }

        Add(findings, PrivacyFindingKind.EmailAddress, EmailAddressDetector.Finds(plain));
        Add(findings, PrivacyFindingKind.PersonName, PersonNameDetector.Finds(plain));
        findings.Sort();
        return findings.Count == 0 ? PrivacyCheck.Allowed : new PrivacyCheck(findings);
    }

    private static void Add(List<PrivacyFindingKind> findings, PrivacyFindingKind kind, bool found)
    {
        if (found)
        {
            findings.Add(kind);
        }
    }
}
