using System.Globalization;
using System.Text.Json;
using BreedBot.Connector.Schema;
using BreedBot.Web.Turn;

namespace BreedBot.Web.Reflections;

/// <summary>
/// A reflection card's submit, read distrustfully: who sent it (tenant and user key from the
/// authenticated activity, never from the card), and the card's own data and inputs as text.
/// </summary>
internal sealed record ReflectionRequest(string TenantId, string UserKey, IReadOnlyDictionary<string, string?> Values)
{
    public string? ReflectionId => Values.GetValueOrDefault("reflectionId");

    public int Number(string name) =>
        int.TryParse(Values.GetValueOrDefault(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;

    public static ReflectionRequest? From(Activity activity, JsonElement data)
    {
        var tenantId = activity.GetTenantId();
        var userKey = ActivityAddress.UserKey(activity.From);
        if (tenantId is null || userKey is null)
        {
            return null;
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (data.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in data.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }

        return new ReflectionRequest(tenantId, userKey, values);
    }
}
