namespace BreedBot.Domain.Pairing;

/// <summary>The work a member does; pairing prefers duos of different roles.</summary>
public enum MemberRole
{
    Wijkteam,
    MaatschappelijkWerk,
    VeiligThuis,
    Vrouwenopvang,
    Wijkverpleging,
    Poh,
    Doktersassistent,
    CasemanagerDementie,
    Anders,
}
