using System.Collections;

namespace BreedBot.Domain.Privacy;

/// <summary>A small set of lowercase words, looked up by span so the guard allocates nothing per word.</summary>
internal sealed class WordSet : IEnumerable<string>
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    public void Add(string word) => words.Add(word);

    public bool Contains(string word) => words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public IEnumerator<string> GetEnumerator() => words.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
