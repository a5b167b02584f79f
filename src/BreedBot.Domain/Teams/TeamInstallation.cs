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

    /// <summary>The team's own quiet weeks, earliest first; kept beside the settings, which the settings card saves as a whole.</summary>
    public IReadOnlyList<QuietPeriod> QuietPeriods { get; init; } = [];

    /// <summary>
    /// The team's language: the Teams locale of the install event (the installer's), for what BreedBot sends to the
    /// channel and to members whose own language it has not seen. Null = Dutch.
    /// </summary>
    public string? Locale { get; init; }

    /// <summary>
    /// Whether the team is in its organisation's pool, as its row says (the pool's own list is the PoolTeams table; the
    /// row follows it). Null on a row written before the row carried it: then only that list knows.
    /// </summary>
    public bool? Pooled { get; init; }

    /// <summary>
    /// A team gets one welcome per installation: Teams sends both installationUpdate and
    /// conversationUpdate for one install, and may deliver each more than once.
    /// </summary>
    public bool NeedsWelcome => Status == InstallationStatus.Installed && WelcomePostedAt is null;
}
