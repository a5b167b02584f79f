namespace BreedBot.Domain.Privacy;

/// <summary>
/// Refuses free text that identifies a person (domain brief §6): BreedBot is not a dossier. Every
/// pattern is linear in the text length and every lexicon look-up a binary search, so a 500-character
/// field is checked in microseconds. The lexicons load once, on first use (or at <see cref="WarmUp"/>).
/// </summary>
public static class PrivacyGuard
{
    public static PrivacyCheck Check(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PrivacyCheck.Allowed;
        }

        var findings = new List<PrivacyFindingKind>();
        foreach (var form in PrivacyText.FormsToCheck(text))
        {
            CheckForm(form, findings);
        }

        findings.Sort();
        return findings.Count == 0 ? PrivacyCheck.Allowed : new PrivacyCheck([.. findings.Distinct()]);
    }

    /// <summary>Loads the lexicons now, so the first person's check does not wait for them; returns their entries.</summary>
    public static int WarmUp() => PrivacyLexicons.Load();

    private static void CheckForm(string plain, List<PrivacyFindingKind> findings)
    {
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
            Add(findings, PrivacyFindingKind.LicencePlate, LicencePlateDetector.Finds(plain));
        }

        Add(findings, PrivacyFindingKind.PhoneNumber, PhoneNumberDetector.FindsSpelledOut(plain));
        Add(findings, PrivacyFindingKind.Postcode, PostcodeDetector.FindsSpelledOut(plain));
        Add(findings, PrivacyFindingKind.StreetAddress, StreetAddressDetector.FindsSpelledOut(plain));
        Add(findings, PrivacyFindingKind.EmailAddress, EmailAddressDetector.Finds(plain));
        Add(findings, PrivacyFindingKind.PersonName, PersonNameDetector.Finds(plain));
    }

    private static void Add(List<PrivacyFindingKind> findings, PrivacyFindingKind kind, bool found)
    {
        if (found && !findings.Contains(kind))
        {
            findings.Add(kind);
        }
    }
}
