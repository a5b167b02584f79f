using System.Security.Cryptography;

namespace BreedBot.Connector.Client;

/// <summary>Thread-safe jitter without a shared <see cref="Random"/>.</summary>
internal sealed class CryptoRetryJitter : IRetryJitter
{
    private const int Resolution = 1 << 24;

    public double NextDouble() => RandomNumberGenerator.GetInt32(Resolution) / (double)Resolution;
}
