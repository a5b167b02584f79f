using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BreedBot.Testing;

/// <summary>
/// A Node tool from node_modules/.bin (Azurite, the Agents Playground) run for the length of a test
/// run, with its output kept for error messages and a guarantee that it does not outlive the tests.
/// </summary>
internal sealed class LocalToolProcess : IAsyncDisposable
{
    // A crashed or killed test host never runs Dispose: the tool then watches the host's pid itself
    // (loaded through NODE_OPTIONS) and exits within a second of the host going away.
    private const string ParentWatch =
        "const p = Number(process.env.BREEDBOT_PARENT_PID);\n" +
        "if (p) setInterval(() => { try { process.kill(p, 0); } catch { process.exit(0); } }, 1000).unref();\n";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _name;

    private readonly Action<string>? _onLine;

    private LocalToolProcess(string name, Process process, Action<string>? onLine)
    {
        _name = name;
        _process = process;
        _onLine = onLine;
        AppDomain.CurrentDomain.ProcessExit += OnTestHostExit;
    }

    public string WorkingDirectory { get; private init; } = "";

    public bool HasExited => _process.HasExited;

    /// <summary>Starts node_modules/.bin/<paramref name="tool"/> in a fresh temporary folder.</summary>
    /// <param name="onLine">Called for every line the tool writes to stdout or stderr.</param>
    public static LocalToolProcess Start(
        string tool,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        Action<string>? onLine = null)
    {
        var workDir = Directory.CreateTempSubdirectory($"breedbot-{tool}-").FullName;
        var watchPath = Path.Combine(workDir, "parent-watch.cjs");
        File.WriteAllText(watchPath, ParentWatch);

        var info = new ProcessStartInfo(RepoPaths.NodeTool(tool))
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["NODE_OPTIONS"] = $"--require \"{watchPath}\"";
        info.Environment["BREEDBOT_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var started = new LocalToolProcess(tool, process, onLine) { WorkingDirectory = workDir };
        process.OutputDataReceived += (_, e) => started.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => started.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw Failure($"exited with code {_process.ExitCode} before listening on port {port}");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cts.Token).ConfigureAwait(false);
                    return;
                }
                catch (SocketException)
                {
                    // Not listening yet.
                }

                await Task.Delay(PollInterval, TimeProvider.System, cts.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            throw Failure($"did not listen on port {port} within {timeout.TotalSeconds} s");
        }
    }

    /// <summary>An exception that carries the tool's output so a failed start explains itself.</summary>
    public InvalidOperationException Failure(string what)
    {
        string output;
        lock (_output)
        {
            output = _output.ToString();
        }

        return new InvalidOperationException($"{_name} {what}. Its output:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnTestHostExit;
        Kill();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Killed with SIGKILL; the kernel finishes it even if we stop waiting.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(WorkingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        _onLine?.Invoke(line);
    }

    private void OnTestHostExit(object? sender, EventArgs e) => Kill();

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
