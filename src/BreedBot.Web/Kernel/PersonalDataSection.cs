
namespace BreedBot.Web.Kernel;

/// <summary>
/// One kind of record, as the person sees it: what it is, how many, the latest date, and the full
/// content in words for the export.
/// </summary>
internal sealed record PersonalDataSection(string Title, int Count, DateTimeOffset? Latest, IReadOnlyList<string> Lines);
