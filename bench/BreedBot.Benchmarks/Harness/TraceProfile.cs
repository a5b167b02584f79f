using System.Diagnostics;
using System.Globalization;

namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// A sampled profile of a running .NET process with dotnet-trace (the repo's local tool: <c>dotnet tool restore</c>):
/// thread stacks sampled about 100 times a second for a while, then dotnet-trace's own report of the methods most often
/// on top of the stack (exclusive) and anywhere on it (inclusive). Thread-time sampling sees waiting threads too; their
/// wait frames (semaphores, epoll) are time without CPU.
/// </summary>
internal static class TraceProfile
{
    public static async Task<string> CollectAsync(int pid, TimeSpan duration, int top, CancellationToken ct)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("breedbot-bench-trace-").FullName, "breedbot.nettrace");
        var span = duration.ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture);
        var collected = await RunAsync(["dotnet-trace", "collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "--profile", "dotnet-sampled-thread-time", "--duration", span, "-o", file], ct);
        if (!File.Exists(file))
        {
            return "dotnet-trace collected nothing (run `dotnet tool restore` first):\n" + collected;
        }

        var exclusive = await RunAsync(["dotnet-trace", "report", file, "topN", "-n", top.ToString(CultureInfo.InvariantCulture)], ct);
        var inclusive = await RunAsync(["dotnet-trace", "report", file, "topN", "--inclusive", "-n", top.ToString(CultureInfo.InvariantCulture)], ct);
        return $"trace: {file}\n\nexclusive (on top of the stack):\n{exclusive}\ninclusive (anywhere on the stack):\n{inclusive}";
    }

    private static async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot.Combine() };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (await output) + (await error);
    }
}
