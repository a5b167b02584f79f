namespace BreedBot.Domain.Reflections;

/// <summary>
/// The forms of violence of the domain brief §4 and the meldcode, plus "weet ik niet". Optional in a reflection.
/// A reflection stores the member's name, so a name never changes: <see cref="AbuseOfParents"/> is
/// kind-oudergeweld (violence by a child against a parent) under its first name.
/// </summary>
public enum ViolenceForm
{
    PartnerViolence,
    CoerciveControl,
    ChildAbuse,
    WitnessingPartnerViolence,
    SexualViolence,
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
    /// Veilig Thuis, the aandachtsfunctionaris — before any conversation, and never go alone. Honour-related
    /// violence, forced marriage and FGM belong together here; coercive control and sexual violence too.
    /// </summary>
    public static bool NeedsExpertBeforeTalking(this ViolenceForm form) =>
        form is ViolenceForm.HonourRelated or ViolenceForm.ForcedMarriage or ViolenceForm.GenitalMutilation
            or ViolenceForm.CoerciveControl or ViolenceForm.SexualViolence;
}
