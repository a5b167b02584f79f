using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Installation;

/// <summary>
/// BreedBot being added to or removed from a team or a personal chat. Teams announces one install
/// twice (installationUpdate and conversationUpdate) and may repeat either; both paths land in the
/// same idempotent records, so there is one row and one welcome per installation.
/// </summary>
internal sealed class InstallationHandler(
    TeamInstallHandler teams, PersonalInstallHandler personal, ILogger<InstallationHandler> logger) : IInstallationHandler
{
    public Task<TurnResult> HandleInstallationUpdateAsync(Activity activity, CancellationToken ct) => activity.Action switch
    {
        "add" or "add-upgrade" => OnBotAddedAsync(activity, ct),
        "remove" or "remove-upgrade" => OnBotRemovedAsync(activity, InstallationStatus.Uninstalled, ct),
        _ => Task.FromResult(TurnResult.Handled),
    };

    public Task<TurnResult> HandleConversationUpdateAsync(Activity activity, CancellationToken ct)
    {
        var botId = activity.Recipient?.Id;
        if (activity.ChannelData?.EventType == "teamDeleted")
        {
            return OnBotRemovedAsync(activity, InstallationStatus.Deleted, ct);
        }

        if (botId is not null && activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            return OnBotAddedAsync(activity, ct);
        }

        if (botId is not null && activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            return OnBotRemovedAsync(activity, InstallationStatus.Uninstalled, ct);
        }

        if (activity.ChannelData?.EventType is "teamMemberAdded" or "teamMemberRemoved")
        {
            return MembersChangedAsync(activity, ct);
        }

        // Renames and channel events: handled by later capabilities.
        Log.ActivityIgnored(logger, activity.ChannelData?.EventType ?? "conversationUpdate");
        return Task.FromResult(TurnResult.Handled);
    }

    private async Task<TurnResult> MembersChangedAsync(Activity activity, CancellationToken ct)
    {
        await teams.OnMembersChangedAsync(activity, ct);
        return TurnResult.Handled;
    }

    private async Task<TurnResult> OnBotAddedAsync(Activity activity, CancellationToken ct)
    {
        if (activity.ChannelData?.Team?.Id is not null)
        {
            await teams.OnInstalledAsync(activity, ct);
        }
        else if (activity.Conversation?.ConversationType == "personal")
        {
            await personal.OnInstalledAsync(activity, ct);
        }

        return TurnResult.Handled;
    }

    private async Task<TurnResult> OnBotRemovedAsync(Activity activity, InstallationStatus status, CancellationToken ct)
    {
        if (activity.ChannelData?.Team?.Id is not null)
        {
            await teams.OnRemovedAsync(activity, status, ct);
        }
        else if (activity.Conversation?.ConversationType == "personal")
        {
            await personal.OnRemovedAsync(activity, ct);
        }

        return TurnResult.Handled;
    }
}
