using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using BreedBot.Testing;

namespace BreedBot.Web.Tests.Cards;

/// <summary>One template expansion by the official npm packages.</summary>
internal sealed record OracleResult(string Id, JsonNode? Expanded, IReadOnlyList<string> ParseEvents, string? Error);

/// <summary>One template and data pair to expand.</summary>
internal sealed record OracleCase(string Id, JsonNode Template, JsonNode Data);

/// <summary>
/// Runs tools/cards/expand.mjs once for a batch: the official adaptivecards-templating expansion
/// and adaptivecards parse of every case. A missing Node or npm package is an error, never a skip.
/// </summary>
internal static class CardOracle
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<IReadOnlyDictionary<string, OracleResult>> RunAsync(IEnumerable<OracleCase> cases)
    {
        foreach (var package in new[] { "adaptivecards", "adaptivecards-templating" })
        {
            if (!Directory.Exists(Path.Combine(RepoPaths.NodeModules, package)))
            {
                throw new InvalidOperationException($"npm package '{package}' is missing under {RepoPaths.NodeModules}; run npm ci.");
            }
        }

        var input = new StringBuilder();
        foreach (var oracleCase in cases)
        {
            var line = new JsonObject
            {
                ["id"] = oracleCase.Id,
                ["template"] = oracleCase.Template.DeepClone(),
                ["data"] = oracleCase.Data.DeepClone(),
            };
            input.Append(line.ToJsonString()).Append('\n');
        }

        var (output, error, exitCode) = await RunNodeAsync(input.ToString());
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"The card oracle exited with {exitCode}: {error}");
        }

        var results = new Dictionary<string, OracleResult>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var node = JsonNode.Parse(line)!.AsObject();
            var id = node["id"]!.GetValue<string>();
            var events = node["parseEvents"]!.AsArray().Select(e => e!.ToJsonString()).ToList();
            results[id] = new OracleResult(id, node["expanded"]?.DeepClone(), events, node["error"]?.GetValue<string>());
        }

        return results;
    }

    private static async Task<(string Output, string Error, int ExitCode)> RunNodeAsync(string input)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(RepoPaths.CardOracleScript);

        using var process = StartNode(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (await output, await error, process.ExitCode);
    }

    // A missing Node must fail the card tests loudly, never skip them.
    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Node.js (20 or later) must be on PATH: the card conformance tests run the official npm packages.", e);
        }
    }
}
