using System.Net.WebSockets;
using System.Text.Json;

namespace BreedBot.Testing;

// The bot's side: the WebSocket the web UI listens on. The Playground buffers the bot's messages
// until a listener connects, so connecting after the first action loses nothing.
public sealed partial class PlaygroundClient
{
    private readonly Uri _stream;
    private readonly List<PlaygroundMessage> _received = [];
    private readonly CancellationTokenSource _stop = new();
    private ClientWebSocket? _socket;
    private Task? _receiving;
    private TaskCompletionSource _arrived = NewSignal();

    /// <summary>How many bot messages arrived so far; pass it to WaitForMessageAsync to see only later ones.</summary>
    public int ReceivedCount
    {
        get
        {
            lock (_received)
            {
                return _received.Count;
            }
        }
    }

    /// <summary>Every bot message received so far, in order.</summary>
    public IReadOnlyList<PlaygroundMessage> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Opens the WebSocket /_ws_conversation/v1/conversations/stream and starts collecting bot messages.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (_socket is not null)
        {
            return;
        }

        _socket = new ClientWebSocket();
        await _socket.ConnectAsync(_stream, cancellationToken).ConfigureAwait(false);
        _receiving = ReceiveAsync(_socket, _stop.Token);
    }

    /// <summary>
    /// The first bot message, at position <paramref name="after"/> or later, that matches; waits at most
    /// <paramref name="timeout"/> and then fails listing what did arrive.
    /// </summary>
    public async Task<PlaygroundMessage> WaitForMessageAsync(Func<PlaygroundMessage, bool> match, TimeSpan timeout, int after = 0)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (_socket is null)
        {
            throw new InvalidOperationException("Call ConnectAsync first.");
        }

        using var deadline = new CancellationTokenSource(timeout);
        var next = after;
        while (true)
        {
            Task arrived;
            lock (_received)
            {
                for (; next < _received.Count; next++)
                {
                    if (match(_received[next]))
                    {
                        return _received[next];
                    }
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"No matching bot message within {timeout.TotalSeconds} s. Received after #{after}: "
                    + string.Join("; ", Received.Skip(after).Select(Describe)));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_receiving is not null)
        {
            try
            {
                await _receiving.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped on purpose.
            }
        }

        _socket?.Dispose();
        _stop.Dispose();
        _http.Dispose();
    }

    private static string Describe(PlaygroundMessage m) =>
        $"{m.Action} in {m.ConversationId}: text={m.Text ?? "(none)"}, attachments={m.Attachments.Count}";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                return; // The Playground went away; waiters time out with what arrived.
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            using (var document = JsonDocument.Parse(frame.ToArray()))
            {
                Add(PlaygroundMessage.Parse(document.RootElement));
            }

            frame.SetLength(0);
        }
    }

    private void Add(PlaygroundMessage? message)
    {
        if (message is null)
        {
            return;
        }

        TaskCompletionSource arrived;
        lock (_received)
        {
            _received.Add(message);
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.SetResult();
    }
}
