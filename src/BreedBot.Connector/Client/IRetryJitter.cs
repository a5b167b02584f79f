namespace BreedBot.Connector.Client;

/// <summary>The randomness behind retry jitter, injectable so tests can fix it.</summary>
public interface IRetryJitter
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();
}
