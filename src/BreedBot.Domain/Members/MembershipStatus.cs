namespace BreedBot.Domain.Members;

/// <summary>Where a team member stands with BreedBot. Only <see cref="Joined"/> members are ever paired.</summary>
public enum MembershipStatus
{
    /// <summary>In the team and invited; has not answered yet.</summary>
    Invited,

    /// <summary>Opted in with a profile.</summary>
    Joined,

    /// <summary>Said "niet nu"; can still join later with "doe mee".</summary>
    Declined,

    /// <summary>Left with "stop": no pairing, no reminders. The profile stays until the member deletes their data.</summary>
    Stopped,

    /// <summary>No longer in the team.</summary>
    Removed,
}
