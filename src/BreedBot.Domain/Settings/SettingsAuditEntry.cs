namespace BreedBot.Domain.Settings;

/// <summary>
/// One recorded change of a team's settings: who (member key), when, which field, old and new.
/// When the actor erased their data the key is <see cref="ErasedKey"/>: the change stays on the
/// team's record, the person does not.
/// </summary>
public sealed record SettingsAuditEntry(string ActorKey, DateTimeOffset ChangedAt, SettingChange Change)
{
    /// <summary>Stands in for a member key whose owner erased their data (actor, or an aandachtsfunctionaris value).</summary>
    public const string ErasedKey = "~erased";
}
