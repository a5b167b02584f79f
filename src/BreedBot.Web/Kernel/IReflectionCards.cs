namespace BreedBot.Web.Kernel;

/// <summary>
/// The cards BreedBot sent about a reflection, as far as others need to know of them: Retention takes them back from
/// Teams when a reflection expires, and keeps the delivery records that say where they are while a reflection may
/// live. Reflections answers it; Retention knows nothing of reflections' cards.
/// </summary>
internal interface IReflectionCards
{
    /// <summary>The delivery kinds of cards about a reflection.</summary>
    IReadOnlyCollection<string> DeliveryKinds { get; }

    /// <summary>Replaces every card about the reflection in Teams with "verwijderd"; how many were queued.</summary>
    Task<int> RetractAsync(string tenantId, string reflectionId, CancellationToken ct);
}
