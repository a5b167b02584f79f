using BreedBot.Domain.DuoWeeks;
using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Tests.DuoWeeks;

public class DuoKeysOfTests
{
    private static readonly string[] Colleagues = ["ana", "bo", "cas", "dirk"];

    [Fact]
    public void Person_DuosInTheHistory_IncludingATrio_AreRecognised()
    {
        PastDuo[] history = [new(["alex", "ana"], 1), new(["alex", "bo", "cas"], 2), new(["ana", "dirk"], 2)];
        string[] stored = [DuoKey.Of(1, ["alex", "ana"]), DuoKey.Of(2, ["alex", "bo", "cas"]), DuoKey.Of(2, ["ana", "dirk"])];

        var mine = DuoKeysOf.Person("alex", history, Colleagues, stored);

        Assert.Equal(stored[..2].Order(StringComparer.Ordinal), mine.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Person_DuoMendedAwayFromTheHistory_IsRecognisedByItsPair()
    {
        // Alex and Cas were a duo in rotation 3 until Cas left and the duo was mended; the history now shows the new duo only.
        PastDuo[] history = [new(["alex", "dirk"], 3)];
        var mended = DuoKey.Of(3, ["cas", "alex"]);
        var others = DuoKey.Of(3, ["ana", "bo"]);

        var mine = DuoKeysOf.Person("alex", history, Colleagues, [mended, others, DuoKey.Of(3, ["alex", "dirk"])]);

        Assert.Contains(mended, mine);
        Assert.DoesNotContain(others, mine);
    }

    [Fact]
    public void Person_MalformedStoredKey_IsIgnored()
    {
        var mine = DuoKeysOf.Person("alex", [], Colleagues, ["not-a-key", "r00000x-zzzzzzzzzzzz"]);

        Assert.Empty(mine);
    }
}
