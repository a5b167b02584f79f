namespace BreedBot.Domain.DuoWeeks;

/// <summary>
/// How often a duo meets: every week (the default), or every two weeks — chosen by the team's owners for the whole
/// team, or agreed by every member of one duo within a weekly team (<see cref="Pairing.Duo.AgreedEveryTwoWeeks"/>).
/// </summary>
public enum DuoRhythm
{
    EveryWeek,
    EveryTwoWeeks,
}
