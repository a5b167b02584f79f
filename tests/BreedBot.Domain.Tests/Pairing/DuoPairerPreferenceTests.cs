using BreedBot.Domain.Pairing;
using static BreedBot.Domain.Tests.Pairing.TestCandidates;

namespace BreedBot.Domain.Tests.Pairing;

public class DuoPairerPreferenceTests
{
    private static readonly WeeklyMoment MondayNine = new(DayOfWeek.Monday, new TimeOnly(9, 0));
    private static readonly WeeklyMoment ThursdayTwo = new(DayOfWeek.Thursday, new TimeOnly(14, 0));

    [Fact]
    public void Pair_PreviousPartnerInHistory_ChoosesSomeoneElse()
    {
        List<PairingCandidate> team = [Member("a"), Member("b"), Member("c"), Member("d")];
        var history = new PairingHistory([new PastDuo(["a", "b"], 1), new PastDuo(["c", "d"], 1)]);

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, history, seed);

            Assert.DoesNotContain("b", PartnersOf(result, "a"));
            Assert.DoesNotContain("d", PartnersOf(result, "c"));
        }
    }

    [Fact]
    public void Pair_AllPartnersRepeats_AvoidsTheMostRecentOne()
    {
        List<PairingCandidate> team = [Member("a"), Member("b"), Member("c"), Member("d")];
        var history = new PairingHistory(
        [
            new PastDuo(["a", "c"], 1), new PastDuo(["b", "d"], 1),
            new PastDuo(["a", "d"], 2), new PastDuo(["b", "c"], 2),
            new PastDuo(["a", "b"], 3), new PastDuo(["c", "d"], 3),
        ]);

        var result = DuoPairer.Pair(team, history, seed: 9);

        Assert.Equal(["c"], PartnersOf(result, "a"));
    }

    [Fact]
    public void Pair_RepeatOlderThanTheWindow_IsNoLongerAvoided()
    {
        // a and b were together long ago; a and c only just. With a window of 2, a-b is fine again.
        List<PairingCandidate> team = [Member("a"), Member("b"), Member("c"), Member("d")];
        var history = new PairingHistory([new PastDuo(["a", "b"], 1), new PastDuo(["a", "c"], 4), new PastDuo(["a", "d"], 5)]);

        var result = DuoPairer.Pair(team, history, seed: 2, PairingWeights.Default with { RecentRotations = 2 });

        Assert.Equal(["b"], PartnersOf(result, "a"));
    }

    [Fact]
    public void Pair_TwoRolesTwice_PairsAcrossRoles()
    {
        List<PairingCandidate> team =
        [
            Member("w1", MemberRole.Wijkteam), Member("w2", MemberRole.Wijkteam),
            Member("v1", MemberRole.VeiligThuis), Member("v2", MemberRole.VeiligThuis),
        ];

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.All(result.Duos, d => Assert.NotEqual(team.Single(c => c.MemberKey == d.Members[0]).Role, team.Single(c => c.MemberKey == d.Members[1]).Role));
        }
    }

    [Fact]
    public void Pair_TwoMomentsTwice_PairsOverlappingMoments()
    {
        List<PairingCandidate> team =
        [
            Member("m1", moment: MondayNine), Member("t1", moment: ThursdayTwo),
            Member("m2", moment: MondayNine with { Time = new TimeOnly(9, 30) }), Member("t2", moment: ThursdayTwo),
        ];

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.All(result.Duos, d => Assert.True(d.MomentAgreed));
            Assert.Equal(["m2"], PartnersOf(result, "m1"));
            Assert.Equal(new WeeklyMoment(DayOfWeek.Monday, new TimeOnly(9, 30)), result.Duos.Single(d => d.Members.Contains("m1")).Moment);
        }
    }

    [Fact]
    public void Pair_NoOverlapPossible_ProposesAMomentWithoutAgreeing()
    {
        List<PairingCandidate> team = [Member("m", moment: MondayNine), Member("t", moment: ThursdayTwo)];

        var duo = Assert.Single(DuoPairer.Pair(team, PairingHistory.Empty, seed: 1).Duos);

        Assert.False(duo.MomentAgreed);
        Assert.Contains(duo.Moment, new[] { MondayNine, ThursdayTwo });
    }

    [Fact]
    public void Pair_JuniorsAndSeniors_MixesExperience()
    {
        List<PairingCandidate> team = [Member("j1", years: 1), Member("j2", years: 2), Member("s1", years: 15), Member("s2", years: 20)];

        for (var seed = 0; seed < 20; seed++)
        {
            var result = DuoPairer.Pair(team, PairingHistory.Empty, seed);

            Assert.Single(PartnersOf(result, "j1"), p => p.StartsWith('s'));
            Assert.Single(PartnersOf(result, "j2"), p => p.StartsWith('s'));
        }
    }

    [Fact]
    public void Pair_SixRotationsOfASmallTeam_RepeatsNobodyWhileFreshPartnersRemain()
    {
        var team = Team(14);
        var history = PairingHistory.Empty;

        for (var rotation = 1; rotation <= 6; rotation++)
        {
            var result = DuoPairer.Pair(team, history, seed: rotation);

            Assert.Equal(0, PairingQuality.Measure(result.Duos, team, history, recentRotations: 6).RepeatRate);
            history = history.With(result.Duos, rotation);
        }
    }
}
