namespace BreedBot.Domain.Teams;

/// <summary>A user's 1:1 chat with BreedBot, kept so later capabilities can reach them proactively.</summary>
public sealed record PersonalInstallation(
    string TenantId,
    string UserKey,
    ConversationAddress Chat,
    InstallationStatus Status,
    DateTimeOffset StatusChangedAt)
{
    /// <summary>The Teams locale ("en-US") the user installed BreedBot with, when known: a proactive card may speak it.</summary>
    public string? Locale { get; init; }
}
