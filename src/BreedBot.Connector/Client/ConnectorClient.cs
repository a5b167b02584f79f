using System.Globalization;
using BreedBot.Connector.Schema;
using Microsoft.Extensions.Logging;

namespace BreedBot.Connector.Client;

/// <summary>
/// The Teams connector REST API (v3), thin and typed. Every call takes the conversation's service URL;
/// one the <see cref="ServiceUrlPolicy"/> refuses throws before any request. Failures throw <see cref="ConnectorException"/>.
/// POST is not idempotent: a send that the retry handler repeated after 412/5xx can arrive twice.
/// </summary>
public sealed partial class ConnectorClient(HttpClient httpClient, ServiceUrlPolicy policy, TimeProvider time, ILogger<ConnectorClient> logger)
{
    public Task<ResourceResponse> SendAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendForResultAsync<ResourceResponse>(
            "send", HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities", activity, cancellationToken);
    }

    public Task<ResourceResponse> ReplyAsync(Uri serviceUrl, string conversationId, string replyToActivityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(replyToActivityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendForResultAsync<ResourceResponse>(
            "reply", HttpMethod.Post, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(replyToActivityId)}", activity, cancellationToken);
    }

    public Task UpdateAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendCoreAsync(
            "update", HttpMethod.Put, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}", activity, cancellationToken);
    }

    public Task DeleteAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendCoreAsync(
            "delete", HttpMethod.Delete, serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}", body: null, cancellationToken);
    }

    /// <summary>Creates a 1:1 chat or a channel thread; see <see cref="ConversationParameters.PersonalChat"/> and <see cref="ConversationParameters.ChannelThread"/>.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendForResultAsync<ConversationResourceResponse>(
            "createConversation", HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
    }

    /// <summary>One page of the roster of a team or conversation; Teams accepts page sizes up to 500.</summary>
    public Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 500);
        var path = $"v3/conversations/{Segment(conversationId)}/pagedmembers?pageSize={pageSize.ToString(CultureInfo.InvariantCulture)}";
        if (!string.IsNullOrEmpty(continuationToken))
        {
            path += "&continuationToken=" + Uri.EscapeDataString(continuationToken);
        }

        return SendForResultAsync<PagedMembersResult>("getPagedMembers", HttpMethod.Get, serviceUrl, path, body: null, cancellationToken);
    }

    public Task<TeamsChannelAccount> GetMemberAsync(Uri serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return SendForResultAsync<TeamsChannelAccount>(
            "getMember", HttpMethod.Get, serviceUrl, $"v3/conversations/{Segment(conversationId)}/members/{Segment(userId)}", body: null, cancellationToken);
    }

    public Task<TeamDetails> GetTeamDetailsAsync(Uri serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(teamId);
        return SendForResultAsync<TeamDetails>("getTeamDetails", HttpMethod.Get, serviceUrl, $"v3/teams/{Segment(teamId)}", body: null, cancellationToken);
    }

    private static string Segment(string value) => Uri.EscapeDataString(value);
}
