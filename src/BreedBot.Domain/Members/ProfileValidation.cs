namespace BreedBot.Domain.Members;

public sealed record ProfileValidation(MemberProfile? Profile, IReadOnlyList<ProfileProblem> Problems)
{
    public bool IsValid => Profile is not null;
}
