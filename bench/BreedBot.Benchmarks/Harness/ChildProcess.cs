using System.Diagnostics;
using System.Globalization;

namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// A process the harness starts (Azurite, BreedBot, the peer): run under a small shell watch that
/// ends it when the harness goes away, even if the harness is killed; killed with its tree on
/// dispose, on Ctrl+C and at exit. Keeps the last lines of its output for error messages.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    // Prints the real pid (for /proc figures), then polls the harness once a second.
    private const string Watch =
        "\"$@\" & c=$!; echo \"bench-child-pid $c\"; trap 'kill $c 2>/dev/null' TERM INT; " +
        "while kill -0 $c 2>/dev/null; do kill -0 $BENCH_PARENT_PID 2>/dev/null || { kill $c; break; }; sleep 1; done; wait $c";

    private static readonly List<ChildProcess> Running = [];
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource<int> _pid = new(TaskCreationOptions.RunContinuationsAsynchronously);

    static ChildProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string name, string file, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-c", Watch, "bench-watch", file }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["BENCH_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var child = new ChildProcess(name, new Process { StartInfo = info });
        child._process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        lock (Running)
        {
            Running.Add(child);
        }

        return child;
    }

    /// <summary>The pid of the program itself (not of its watch).</summary>
    public Task<int> PidAsync() => _pid.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (Running)
        {
            Running.Remove(this);
        }

        Kill();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed; the kernel finishes it.
        }

        _process.Dispose();
    }

    private static void KillAll()
    {
        lock (Running)
        {
            foreach (var child in Running)
            {
                child.Kill();
            }
        }
    }

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

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("bench-child-pid ", StringComparison.Ordinal))
        {
            _pid.TrySetResult(int.Parse(line["bench-child-pid ".Length..], CultureInfo.InvariantCulture));
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }
}
