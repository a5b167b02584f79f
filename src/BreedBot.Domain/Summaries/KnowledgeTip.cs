namespace BreedBot.Domain.Summaries;

/// <summary>
/// One short piece of knowledge for the weekly summary, in Dutch and English, credited to the page that says it.
/// <see cref="Advice"/> is BreedBot's own advice beside it: shown as such, never under the source's name.
/// </summary>
public sealed record KnowledgeTip(string Id, TipTopic Topic, string Dutch, string English, string SourceName, Uri Source, BilingualText? Advice = null)
{
    public string Text(bool english) => english ? English : Dutch;
}
