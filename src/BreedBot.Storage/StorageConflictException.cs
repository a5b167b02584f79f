namespace BreedBot.Storage;

/// <summary>A conditional write kept losing to concurrent writers; the caller should report a temporary failure.</summary>
public sealed class StorageConflictException(string table, int attempts)
    : Exception($"Gave up after {attempts} conflicting writes to table {table}.")
{
    public string Table { get; } = table;
}
