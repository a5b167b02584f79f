namespace BreedBot.Domain.Teams;

public enum InstallationStatus
{
    Installed,
    Uninstalled,
    Deleted,
}
