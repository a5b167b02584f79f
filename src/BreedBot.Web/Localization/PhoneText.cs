using System.Text.Json.Nodes;

namespace BreedBot.Web.Localization;

/// <summary>
/// Phone numbers as people read them: "0800-2000" never breaks across two lines, so its hyphen is shown as the
/// non-breaking hyphen (U+2011) wherever BreedBot displays it. What a phone dials (a <c>tel:</c> link) keeps the
/// digits; the texts themselves keep the ordinary hyphen, so a search of the code for the number finds them.
/// </summary>
public static class PhoneText
{
    private const string VeiligThuis = "0800-2000";
    private const string VeiligThuisUnbroken = "0800\u20112000";

    public static string KeepTogether(string text) =>
        text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? text : text.Replace(VeiligThuis, VeiligThuisUnbroken, StringComparison.Ordinal);

    /// <summary>Every string in a card, in place (the card is freshly bound, nobody else holds it).</summary>
    public static void KeepTogether(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text) && text.Contains(VeiligThuis, StringComparison.Ordinal))
                    {
                        obj[key] = KeepTogether(text);
                    }
                    else
                    {
                        KeepTogether(value);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue leaf && leaf.TryGetValue<string>(out var text) && text.Contains(VeiligThuis, StringComparison.Ordinal))
                    {
                        array[i] = KeepTogether(text);
                    }
                    else
                    {
                        KeepTogether(array[i]);
                    }
                }

                break;
        }
    }
}
