namespace BreedBot.Domain.Courage;

/// <summary>What hinders professional courage (belemmerende factoren), in the order Movisie lists them.</summary>
public enum HinderingFactor
{
    /// <summary>No appreciative environment, or a culture of control and accountability.</summary>
    Afrekencultuur,

    /// <summary>The ethical climate does not lead.</summary>
    GeenEthischKlimaat,

    /// <summary>Missing knowledge, attitude or skills.</summary>
    GebrekAanKennis,

    /// <summary>No professional autonomy: strict protocols, no room for craft.</summary>
    GeenAutonomie,

    /// <summary>Nobody talks about courage; avoiding risk is the norm.</summary>
    RisicoMijden,

    /// <summary>No time or room for reflection and intervision.</summary>
    GeenTijdVoorReflectie,
}
