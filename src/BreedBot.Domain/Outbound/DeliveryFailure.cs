namespace BreedBot.Domain.Outbound;

/// <summary>Why a delivery ended as <see cref="DeliveryOutcome.Failed"/>, as owners are told it.</summary>
public enum DeliveryFailure
{
    /// <summary>Teams kept answering 429, 408, 412 or 5xx (or the network failed) until the attempts ran out.</summary>
    RetriesExhausted,

    /// <summary>Teams refused the message itself (400, 401, 403, 413, …): sending it again would fail the same way.</summary>
    Refused,

    /// <summary>Teams did not answer, twice: the message may have arrived, so it was not sent a third time.</summary>
    NoAnswer,
}
