using System.ComponentModel;
using System.Diagnostics;

namespace BreedBot.Deploy.Tests;

/// <summary>What a command-line tool printed and how it exited.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>
/// Runs a tool (node, the Bicep CLI) to completion with a bounded wait. A tool that is missing is
/// an error that fails the test, never a skip: these checks are the deployment's only safety net.
/// </summary>
internal static class ToolRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = BreedBot.Testing.RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {Timeout.TotalSeconds} s.");
        }

        return new ToolResult(process.ExitCode, await output, await error);
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"{start.FileName} could not be started: the deployment tests need Node.js 20+ on PATH and the Bicep CLI from NuGet (dotnet restore).", e);
        }
    }
}
