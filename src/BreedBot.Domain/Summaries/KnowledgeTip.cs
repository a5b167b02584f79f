namespace BreedBot.Domain.Summaries;

/// <summary>One short piece of knowledge for the weekly summary, in Dutch and English, with where it comes from.</summary>
public sealed record KnowledgeTip(string Id, TipTopic Topic, string Dutch, string English, string SourceName, Uri Source)
{
    public string Text(bool english) => english ? English : Dutch;
}
