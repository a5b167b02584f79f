using System.Text.Json;

namespace BreedBot.Connector.Client;

/// <summary>
/// Reads the error code from a connector error body: <c>{"error":{"code":…}}</c>, or Teams'
/// <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",…}"}</c> whose message may be JSON in a string.
/// Only codes are taken out, never messages.
/// </summary>
internal static class ConnectorErrorBody
{
    private const int MaxCodeLength = 64;

    public static string? ReadCode(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return ReadCode(document.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadCode(JsonElement root, int depth)
    {
        if (root.ValueKind != JsonValueKind.Object || depth > 2)
        {
            return null;
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            && Sanitize(StringOf(error, "code")) is { } code)
        {
            return code;
        }

        var subCode = Sanitize(StringOf(root, "subCode"));
        if (subCode is not null)
        {
            return subCode;
        }

        if (root.TryGetProperty("message", out var message))
        {
            var nested = message.ValueKind switch
            {
                JsonValueKind.Object => ReadCode(message, depth + 1),
                JsonValueKind.String => ReadCode(message.GetString(), depth + 1),
                _ => null,
            };
            if (nested is not null)
            {
                return nested;
            }
        }

        return Sanitize(StringOf(root, "code"))
            ?? (root.TryGetProperty("errorCode", out var number) && number.ValueKind == JsonValueKind.Number
                ? number.GetRawText()
                : Sanitize(StringOf(root, "errorCode")));
    }

    private static string? ReadCode(string? text, int depth)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return ReadCode(document.RootElement, depth);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // A code is an identifier; anything else (free text) is dropped so it can never reach a log or a message.
    private static string? Sanitize(string? code) =>
        string.IsNullOrEmpty(code) || code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            ? null
            : code;
}
