using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// A TCP forwarder on 127.0.0.1 in front of a local service (Azurite) that counts the HTTP requests passing through:
/// storage round trips per activity, seen from outside the bot. It can hold each request back for
/// <see cref="Latency"/> before passing it on, as a storage account that far away would, and it notes each exchange
/// (from the request's first byte to the response's last) with the trace id of its <c>traceparent</c> header, which
/// the Azure SDK sets from the turn's trace: so each turn's requests and how they overlapped can be told apart.
/// </summary>
internal sealed class CountingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly ConcurrentQueue<StorageExchange> _exchanges = new();
    private long _requests;
    private long _latencyTicks;

    public CountingProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>How long each request is held before it is passed on (zero: at once). May change between runs.</summary>
    public TimeSpan Latency
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _latencyTicks));
        set => Interlocked.Exchange(ref _latencyTicks, value.Ticks);
    }

    /// <summary>Whether exchanges are noted (off: counting only, for long runs).</summary>
    public bool Recording { get; set; }

    /// <summary>The exchanges noted since the last call, and forgets them.</summary>
    public List<StorageExchange> TakeExchanges()
    {
        var taken = new List<StorageExchange>();
        while (_exchanges.TryDequeue(out var exchange))
        {
            taken.Add(exchange);
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(Socket client)
    {
        using var clientSocket = client;
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            var connection = new Connection(this);
            var up = PumpAsync(client, server, connection.Requests, connection.Starting);
            var down = PumpAsync(server, client, connection.Responses, onRequestStart: null);
            await Task.WhenAll(up, down);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A closed connection ends its pumps.
        }
    }

    // Requests (onRequestStart given) are timed from their first byte and held for the latency before they go on.
    private async Task PumpAsync(Socket from, Socket to, HttpMessageParser parser, Action? onRequestStart)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                var startsRequest = onRequestStart is not null && parser.AtMessageStart;
                if (startsRequest)
                {
                    onRequestStart!();
                }

                parser.Feed(buffer.AsSpan(0, read));
                if (startsRequest && Latency is { Ticks: > 0 } latency)
                {
                    await Task.Delay(latency, TimeProvider.System, _stop.Token); // the storage account's distance
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side went away.
        }

        try
        {
            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }

    /// <summary>One client connection: its requests in order (HTTP/1.1 answers them in order), each closed by its response.</summary>
    private sealed class Connection
    {
        private readonly Queue<(string? Trace, string Method, string Kind, long Start)> _open = new();
        private readonly Lock _gate = new();
        private long _nextStart;
        private bool _interim;

        public Connection(CountingProxy proxy)
        {
            Requests = new HttpMessageParser
            {
                OnHead = head =>
                {
                    Interlocked.Increment(ref proxy._requests);
                    var method = head[..Math.Max(0, head.IndexOf(' ', StringComparison.Ordinal))];
                    lock (_gate)
                    {
                        _open.Enqueue((TraceId(HttpMessageParser.Header(head, "traceparent")), method, StorageRequestKind.Of(head), _nextStart));
                    }
                },
            };
            Responses = new HttpMessageParser
            {
                NoBody = head =>
                {
                    var status = head.Length >= 12 ? head[9..12] : "";
                    lock (_gate)
                    {
                        _interim = status.StartsWith('1');
                        return status is "204" or "304" || _interim || (_open.TryPeek(out var request) && request.Method == "HEAD");
                    }
                },
                OnComplete = () =>
                {
                    var end = Stopwatch.GetTimestamp();
                    lock (_gate)
                    {
                        // A 100 Continue is not the answer yet.
                        if (!_interim && _open.TryDequeue(out var request) && proxy.Recording)
                        {
                            proxy._exchanges.Enqueue(new StorageExchange(request.Trace, request.Start, end) { Kind = request.Kind });
                        }
                    }
                },
            };
        }

        public HttpMessageParser Requests { get; }

        public HttpMessageParser Responses { get; }

        /// <summary>Called by the pump before it feeds bytes that begin a request: when that request started.</summary>
        public void Starting() => _nextStart = Stopwatch.GetTimestamp();

        // traceparent: 00-<32 hex trace id>-<16 hex span id>-<flags>
        private static string? TraceId(string? traceparent) =>
            traceparent is { Length: >= 35 } && traceparent[2] == '-' ? traceparent[3..35] : null;
    }
}

/// <summary>One storage request and its answer as the proxy saw them (Stopwatch timestamps), with its turn's trace id when it had one.</summary>
internal sealed record StorageExchange(string? Trace, long Start, long End)
{
    /// <summary>What the request was, without keys or values (<see cref="StorageRequestKind"/>).</summary>
    public string Kind { get; init; } = "";
}
