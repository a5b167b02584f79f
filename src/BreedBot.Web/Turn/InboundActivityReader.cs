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

        // A pooled buffer, not one allocated per request; cleared when it goes back, as it held the person's message.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(MaxBodyBytes, (int)(request.ContentLength ?? 4096)) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > MaxBodyBytes)
                {
                    return InboundRead.TooLarge;
                }
            }

            return Parse(buffer.AsSpan(0, length));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return InboundRead.TooLarge;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
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
