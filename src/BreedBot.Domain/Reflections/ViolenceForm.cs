namespace BreedBot.Domain.Reflections;

/// <summary>The forms of violence of the domain brief §4, plus "weet ik niet". Optional in a reflection.</summary>
public enum ViolenceForm
{
    PartnerViolence,
    ChildAbuse,
    WitnessingPartnerViolence,
    ElderAbuse,
    AbuseOfParents,
    HonourRelated,
    ForcedMarriage,
    GenitalMutilation,
    Unknown,
}
