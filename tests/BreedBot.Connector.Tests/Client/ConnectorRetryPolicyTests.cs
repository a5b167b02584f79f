using BreedBot.Connector.Client;

namespace BreedBot.Connector.Tests.Client;

public sealed class ConnectorRetryPolicyTests
{
    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 0.5, 750)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(3, 0.999, 3998)]
    [InlineData(10, 0.0, 4000)]
    [InlineData(10, 0.999, 7996)]
    public void Backoff_AttemptAndJitter_ExponentialWithinHalfToFullAndCapped(int failedAttempts, double jitter, int expectedMilliseconds)
    {
        var delay = ConnectorRetryPolicy.Default.Backoff(failedAttempts, jitter);

        Assert.Equal(expectedMilliseconds, (int)delay.TotalMilliseconds);
    }

    [Theory]
    [InlineData(412, true)]
    [InlineData(429, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(413, false)]
    [InlineData(501, false)]
    [InlineData(408, true)]
    [InlineData(500, true)]
    public void IsRetryable_Status_OnlyTheTransientOnes(int status, bool expected)
    {
        Assert.Equal(expected, ConnectorRetryPolicy.IsRetryable(status));
    }
}
