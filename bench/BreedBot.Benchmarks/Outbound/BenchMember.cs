namespace BreedBot.Benchmarks.Outbound;

/// <summary>One member of the fan-out and the team they are in.</summary>
internal sealed record BenchMember(string Key, string Team);
