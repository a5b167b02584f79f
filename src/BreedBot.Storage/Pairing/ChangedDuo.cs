using BreedBot.Domain.Pairing;

namespace BreedBot.Storage.Pairing;

/// <summary>A duo of the current rotation before and after a change (the same instance when nothing was written), with its rotation.</summary>
public sealed record ChangedDuo(Duo Before, Duo After, int Rotation, DateTimeOffset PairedAt)
{
    public bool Changed => !ReferenceEquals(Before, After);
}
