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
    /// <summary>Weeks between automatic re-pairings (<see cref="RotationInterval"/>); 0 = never.</summary>
    public int RotationWeeks { get; init; } = RotationInterval.DefaultWeeks;

    public TeamSettings Settings { get; init; } = TeamSettings.Default;

    /// <summary>
    /// The team's language: the Teams locale of the install event (the installer's), for what BreedBot sends to the
    /// channel and to members whose own language it has not seen. Null = Dutch.
    /// </summary>
    public string? Locale { get; init; }

    /// <summary>
    /// A team gets one welcome per installation: Teams sends both installationUpdate and
    /// conversationUpdate for one install, and may deliver each more than once.
    /// </summary>
    public bool NeedsWelcome => Status == InstallationStatus.Installed && WelcomePostedAt is null;
}
