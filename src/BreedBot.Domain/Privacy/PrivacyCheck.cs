namespace BreedBot.Domain.Privacy;

/// <summary>
/// The guard's answer for one free-text field: the kinds found, each once, in enum order. It
/// carries no matched text, so it is safe to pass around and to count.
/// </summary>
public sealed class PrivacyCheck
{
    public static readonly PrivacyCheck Allowed = new([]);

    public PrivacyCheck(IReadOnlyList<PrivacyFindingKind> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings;
    }

    public IReadOnlyList<PrivacyFindingKind> Findings { get; }

    public bool IsAllowed => Findings.Count == 0;
}
