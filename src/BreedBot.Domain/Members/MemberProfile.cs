using BreedBot.Domain.Pairing;

namespace BreedBot.Domain.Members;

/// <summary>
/// What a member told BreedBot when joining. <see cref="NotWith"/> is confidential: it steers the
/// pairing and is never shown to anyone but the member.
/// </summary>
public sealed record MemberProfile(
    MemberRole Role,
    Beroepscluster Cluster,
    WeeklyMoment PreferredMoment,
    int? YearsOfExperience,
    IReadOnlyList<string> NotWith)
{
    public const int MaxNotWith = 3;
}
