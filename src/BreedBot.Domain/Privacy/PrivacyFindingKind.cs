namespace BreedBot.Domain.Privacy;

/// <summary>A kind of identifying data the guard refuses in free text. No matched text is kept.</summary>
public enum PrivacyFindingKind
{
    Bsn,
    PhoneNumber,
    EmailAddress,
    Iban,
    Postcode,
    StreetAddress,
    DateOfBirth,
    PersonName,
    ClientNumber,
    LicencePlate,
}
