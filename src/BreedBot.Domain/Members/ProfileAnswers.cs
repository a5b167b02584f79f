namespace BreedBot.Domain.Members;

/// <summary>The join card's inputs as they arrived: untrusted text, possibly tampered with.</summary>
public sealed record ProfileAnswers(string? Role, string? Cluster, string? Day, string? Time, string? Years, string? NotWith);
