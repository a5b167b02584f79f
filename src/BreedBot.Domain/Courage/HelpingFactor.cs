namespace BreedBot.Domain.Courage;

/// <summary>What helps professional courage (bevorderende factoren), in the order Movisie lists them.</summary>
public enum HelpingFactor
{
    /// <summary>Awareness of the discomfort: stopping to name it.</summary>
    Bewustwording,

    /// <summary>An appreciative environment: trust, room to learn, shared responsibility.</summary>
    WaarderendeOmgeving,

    /// <summary>Shared values and norms that are discussed and acted on.</summary>
    EthischKlimaat,

    /// <summary>Knowledge, attitude and skills (meldcode, signals, conversations).</summary>
    KennisEnVaardigheden,

    /// <summary>Seeing colleagues act with courage.</summary>
    Rolmodellen,

    /// <summary>Lived-experience knowledge (ervaringsdeskundigen).</summary>
    Ervaringskennis,

    /// <summary>Reflection and intervision.</summary>
    ReflectieEnIntervisie,
}
