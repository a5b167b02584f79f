namespace BreedBot.Domain.Courage;

/// <summary>What a duo did in their moment, as they tick it afterwards.</summary>
public enum DuoActivity
{
    CasusBesproken,
    Teruggekeken,
    KennisGedeeld,
    Anders,
}
