namespace BreedBot.Domain.Teams;

/// <summary>A team that installed BreedBot, with the channel it posts in.</summary>
public sealed record TeamInstallation(
    string TenantId,
    string TeamId,
    string? TeamName,
    string? AadGroupId,
    ConversationAddress Channel,
    InstallationStatus Status,
    DateTimeOffset StatusChangedAt,
    DateTimeOffset? WelcomePostedAt)
{
    /// <summary>
    /// A team gets one welcome per installation: Teams sends both installationUpdate and
    /// conversationUpdate for one install, and may deliver each more than once.
    /// </summary>
    public bool NeedsWelcome => Status == InstallationStatus.Installed && WelcomePostedAt is null;
}
