namespace BreedBot.Domain.Meldcode;

/// <summary>A public source the guide is built on, shown as a link.</summary>
public sealed record MeldcodeSource(string Name, Uri Link)
{
    public static IReadOnlyList<MeldcodeSource> All { get; } =
    [
        new("Rijksoverheid, Basismodel meldcode", new Uri("https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode")),
        new("NJi, Afwegingskader meldcode", new Uri("https://www.nji.nl/kindermishandeling/afwegingskader-meldcode")),
        new("Veilig Thuis", new Uri("https://www.veiligthuis.nl/")),
        new("KNMG-meldcode (artsen)", new Uri("https://www.knmg.nl/")),
        new("Afwegingskader sociaal werk", new Uri("https://www.afwegingskadermeldcode.nl/")),
    ];
}
