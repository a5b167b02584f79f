using BreedBot.Domain.Pairing;

namespace BreedBot.Storage.Pairing;

/// <summary>A team's duos as read in one query (<see cref="DuoStore.ReadTeamAsync"/>): the current rotation, recent history, and what a guarded replace needs.</summary>
public sealed class DuoTeamRead
{
    internal DuoTeamRead(string tenantId, string teamId, DuoRotation current, PairingHistory history, DuoEntity state, IReadOnlyList<DuoEntity> currentRows)
    {
        TenantId = tenantId;
        TeamId = teamId;
        Current = current;
        History = history;
        State = state;
        CurrentRows = currentRows;
    }

    public string TenantId { get; }

    public string TeamId { get; }

    public DuoRotation Current { get; }

    public PairingHistory History { get; }

    internal DuoEntity State { get; }

    internal IReadOnlyList<DuoEntity> CurrentRows { get; }
}
