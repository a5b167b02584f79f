using System.Buffers;
using System.Text.Json;
using BreedBot.Connector.Schema;
using Microsoft.AspNetCore.Http.Features;

namespace BreedBot.Web.Turn;

/// <summary>
/// Reads the request body into an activity, refusing an oversized body before a single byte is parsed.
/// </summary>
internal static class InboundActivityReader
{
    /// <summary>Teams caps a bot message at 100 KB; an inbound activity with room to spare for envelopes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static async Task<InboundRead> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return InboundRead.TooLarge;
        }

        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes + 1;
        }

        var buffer = new ArrayBufferWriter<byte>(Math.Min(MaxBodyBytes, (int)(request.ContentLength ?? 4096) + 1));
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(8192);
                var read = await request.Body.ReadAsync(memory, ct);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > MaxBodyBytes)
                {
                    return InboundRead.TooLarge;
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return InboundRead.TooLarge;
        }

        return Parse(buffer.WrittenSpan);
    }

    private static InboundRead Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
            return activity is { Type.Length: > 0 } ? InboundRead.Ok(activity) : InboundRead.NotAnActivity;
        }
        catch (JsonException)
        {
            return InboundRead.NotAnActivity;
        }
    }
}

internal sealed record InboundRead(InboundReadStatus Status, Activity? Activity)
{
    public static InboundRead TooLarge { get; } = new(InboundReadStatus.TooLarge, null);
    public static InboundRead NotAnActivity { get; } = new(InboundReadStatus.NotAnActivity, null);
    public static InboundRead Ok(Activity activity) => new(InboundReadStatus.Ok, activity);
}

internal enum InboundReadStatus
{
    Ok,
    TooLarge,
    NotAnActivity,
}
