namespace BreedBot.Storage;

/// <summary>Whether the tables exist; read by the readiness probe.</summary>
public sealed class StorageReadiness
{
    private volatile bool tablesCreated;

    public bool TablesCreated
    {
        get => tablesCreated;
        set => tablesCreated = value;
    }
}
