
namespace BreedBot.Domain.DuoWeeks;

/// <summary>Why a duo skips a week. Only counted, never shown per person.</summary>
public enum SkipReason
{
    Holiday,
    Ill,
    Busy,
    Other,
}
