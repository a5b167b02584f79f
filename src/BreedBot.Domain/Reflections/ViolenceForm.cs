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

public static class ViolenceForms
{
    /// <summary>
    /// Forms where a conversation with the client can raise the danger (meldcode step 3): consult an expert —
    /// Veilig Thuis, the aandachtsfunctionaris — before any conversation, and never go alone.
    /// </summary>
    public static bool NeedsExpertBeforeTalking(this ViolenceForm form) =>
        form is ViolenceForm.HonourRelated or ViolenceForm.ForcedMarriage or ViolenceForm.GenitalMutilation;
}
