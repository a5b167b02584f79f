using BreedBot.Domain.Outbound;

namespace BreedBot.Web.Meldcode;

/// <summary>Where one recipient's consult message stands when the person gets their answer.</summary>
internal enum ConsultState
{
    Delivered,

    /// <summary>Teams did not confirm it in time; it goes on in the background and is tried once more if it fails.</summary>
    Pending,

    /// <summary>Blocked, not installed, gone, or failed twice.</summary>
    NotReached,
}

internal sealed record ConsultDelivery(ConsultRecipient Recipient, ConsultState State)
{
    public static ConsultState StateOf(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.Sent => ConsultState.Delivered,
        DeliveryOutcome.Sending => ConsultState.Pending,
        _ => ConsultState.NotReached,
    };
}

internal enum ConsultAnswerKind
{
    /// <summary>This press started the consult: the messages went out, each with its own state.</summary>
    Consulted,

    /// <summary>A consult started within the repeat window: nothing new was sent.</summary>
    AlreadyAsked,

    NobodyToAsk,

    /// <summary>Storage or Teams failed before anything could be sent.</summary>
    NotSent,
}

/// <summary>What "vraag nu om overleg" did, for the card that answers the press.</summary>
internal sealed record ConsultAnswer(ConsultAnswerKind Kind, IReadOnlyList<ConsultDelivery> Deliveries, DateTimeOffset? AskedAt = null, DateTimeOffset? AskAgainFrom = null)
{
    public static ConsultAnswer NotSent { get; } = new(ConsultAnswerKind.NotSent, []);

    public static ConsultAnswer NobodyToAsk { get; } = new(ConsultAnswerKind.NobodyToAsk, []);
}
