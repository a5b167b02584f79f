using System.Net;
using System.Net.Sockets;

namespace BreedBot.Benchmarks.Harness;

/// <summary>Ports and readiness on 127.0.0.1; nothing here ever leaves the machine.</summary>
internal static class Loopback
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until <paramref name="port"/> accepts connections; fails early when the process exits.</summary>
    public static async Task WaitForPortAsync(int port, ChildProcess process, TimeSpan timeout)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (TimeProvider.System.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited before listening on port {port}:\n{process.Tail()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
            }
        }

        throw new InvalidOperationException($"{process.Name} did not listen on port {port} within {timeout.TotalSeconds} s:\n{process.Tail()}");
    }
}
