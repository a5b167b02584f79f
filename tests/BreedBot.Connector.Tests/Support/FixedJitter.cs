using BreedBot.Connector.Client;

namespace BreedBot.Connector.Tests.Support;

internal sealed class FixedJitter(double value) : IRetryJitter
{
    public double NextDouble() => value;
}
