using System.Text.Json.Nodes;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Privacy;

/// <summary>
/// Where a marker string typed into a free-text field may end up: nowhere but the author's own
/// chat (and, when a flow shares it, the partner's), and never in a notification preview. Logs,
/// traces and metrics must not carry it at all.
/// </summary>
internal static class CanaryScan
{
    /// <summary>
    /// The host setting that turns OpenTelemetry's instrumentation on as an exporter would (tests export nothing): the
    /// canaries look at every span and measurement it makes.
    /// </summary>
    public static Dictionary<string, string?> Instrumented() => new() { ["Telemetry:Instrument"] = "true" };

    public static void AssertNowhereButAllowedChats(
        string marker, CapturedLogs logs, CapturedTelemetry telemetry, IEnumerable<RecordedRequest> sent, IReadOnlyCollection<string> allowedConversations)
    {
        // Proof that the captures are wired: a scan of nothing would pass for the wrong reason.
        Assert.NotEmpty(logs.Records);
        Assert.NotEmpty(telemetry.Records);
        Assert.DoesNotContain(logs.Records, record => record.Contains(marker, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(telemetry.Records, record => record.Contains(marker, StringComparison.OrdinalIgnoreCase));
        foreach (var request in sent.Where(r => r.Body.Contains(marker, StringComparison.OrdinalIgnoreCase) || r.RawTarget.Contains(marker, StringComparison.OrdinalIgnoreCase)))
        {
            var conversation = ConversationOf(request);
            Assert.True(conversation is not null && allowedConversations.Contains(conversation), $"'{marker}' was sent to {request.Method} {request.Path}");
            var json = request.Json;
            Assert.DoesNotContain(marker, json?["summary"]?.GetValue<string>() ?? "", StringComparison.OrdinalIgnoreCase);
            if (json?["attachments"] is JsonArray { Count: > 0 })
            {
                // A card's activity text is what Teams shows in the notification; the card body is not.
                Assert.DoesNotContain(marker, json["text"]?.GetValue<string>() ?? "", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>The conversation id of a send or reply: /v3/conversations/{id}/activities[/...].</summary>
    private static string? ConversationOf(RecordedRequest request)
    {
        const string prefix = "/v3/conversations/";
        if (!request.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = request.Path[prefix.Length..];
        var end = rest.IndexOf("/activities", StringComparison.Ordinal);
        return end < 0 ? null : Uri.UnescapeDataString(rest[..end]);
    }
}
