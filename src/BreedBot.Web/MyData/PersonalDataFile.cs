using System.Text.Encodings.Web;
using System.Text.Json;
using BreedBot.Web.Localization;

namespace BreedBot.Web.MyData;

/// <summary>
/// The machine-readable copy of a person's data (AVG art. 20): one JSON file with the same sections and lines as the
/// export messages — each kind by a stable key, its heading, its count, its latest date and its records — so nothing
/// is in one and not the other. Built from <see cref="PersonalDataReport"/> when the person allows the upload.
/// </summary>
internal static class PersonalDataFile
{
    public const string Format = "breedbot-personal-data";

    private static readonly JsonWriterOptions Writing = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(IReadOnlyList<KindSection> sections, DateTimeOffset exportedAt, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(sections);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writing))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", 1);
            json.WriteString("exportedAt", exportedAt.ToUniversalTime());
            json.WriteString("language", language == UserLanguage.English ? "en" : "nl");
            json.WriteStartArray("sections");
            foreach (var (kind, section) in sections.Where(s => PersonalDataExport.Shows(s.Section)))
            {
                json.WriteStartObject();
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()));
                json.WriteString("title", section.Title);
                json.WriteNumber("count", section.Count);
                if (section.Latest is { } latest)
                {
                    json.WriteString("latest", latest.ToUniversalTime());
                }

                json.WriteStartArray("records");
                foreach (var line in section.Lines)
                {
                    json.WriteStringValue(line);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
