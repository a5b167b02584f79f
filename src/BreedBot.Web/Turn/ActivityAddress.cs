using System.Diagnostics.CodeAnalysis;
using BreedBot.Connector.Schema;
using BreedBot.Domain.Teams;

namespace BreedBot.Web.Turn;

/// <summary>Reads from an authenticated activity the ids BreedBot keys its records by, and the address to reach back.</summary>
internal static class ActivityAddress
{
    public static bool TryGetTeam(
        Activity activity,
        [NotNullWhen(true)] out string? tenantId,
        [NotNullWhen(true)] out string? teamId,
        [NotNullWhen(true)] out ConversationAddress? channel)
    {
        tenantId = activity.GetTenantId();
        teamId = activity.ChannelData?.Team?.Id;
        channel = Reach(activity);
        return !string.IsNullOrEmpty(tenantId) && !string.IsNullOrEmpty(teamId) && channel is not null;
    }

    public static bool TryGetPersonal(
        Activity activity,
        [NotNullWhen(true)] out string? tenantId,
        [NotNullWhen(true)] out string? userKey,
        [NotNullWhen(true)] out ConversationAddress? chat)
    {
        tenantId = activity.GetTenantId();
        userKey = UserKey(activity.From);
        chat = Reach(activity);
        return !string.IsNullOrEmpty(tenantId) && !string.IsNullOrEmpty(userKey) && chat is not null;
    }

    /// <summary>The Entra object id is stable across chats and apps; the Teams user id is the fallback.</summary>
    public static string? UserKey(ChannelAccount? user) =>
        string.IsNullOrEmpty(user?.AadObjectId) ? user?.Id : user.AadObjectId;

    private static ConversationAddress? Reach(Activity activity)
    {
        var conversationId = activity.Conversation?.Id;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(botId))
        {
            return null;
        }

        // A channel message's conversation id names its thread (";messageid=…"); the channel is what we keep.
        var separator = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        var baseId = separator < 0 ? conversationId : conversationId[..separator];
        return new ConversationAddress(activity.ServiceUrl, baseId, botId);
    }
}
