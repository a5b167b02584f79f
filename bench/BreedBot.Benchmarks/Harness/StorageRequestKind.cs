namespace BreedBot.Benchmarks.Harness;

/// <summary>
/// A storage request told by its method and resource only — "GET Members query", "GET DuoWeeks point",
/// "POST $batch", "PUT outbox message" — so a run can say which requests a turn and its background work make and
/// which of them cost the emulator most. Keys, filters and bodies are left out.
/// </summary>
internal static class StorageRequestKind
{
    public static string Of(string head)
    {
        var line = head.AsSpan(0, Math.Max(0, head.IndexOf('\r') is var end and >= 0 ? end : head.Length));
        var space = line.IndexOf(' ');
        if (space <= 0)
        {
            return "?";
        }

        var method = line[..space].ToString();
        var target = line[(space + 1)..];
        target = target.IndexOf(' ') is var version and >= 0 ? target[..version] : target;
        var q = target.IndexOf('?');
        var query = q >= 0 ? target[q..] : [];
        var path = q >= 0 ? target[..q] : target;
        // Path: /<account>/<resource>[(keys)][/messages[/id]]
        var parts = path.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return method + " account";
        }

        var resource = parts[1];
        if (resource.IndexOf('(') is var open and >= 0)
        {
            var keys = resource[open..];
            resource = resource[..open];
            return $"{method} {resource} {(keys.Contains("PartitionKey=", StringComparison.Ordinal) ? "point" : "query")}";
        }

        if (parts.Length >= 3 && parts[2] == "messages")
        {
            return $"{method} {resource} {(parts.Length >= 4 ? "message" : "messages")}";
        }

        return query.Contains("comp=", StringComparison.Ordinal) ? $"{method} {resource} {query[1..].ToString().Split('&')[0]}" : $"{method} {resource}";
    }
}
