using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace BreedBot.Connector.Authentication;

/// <summary>The SHA-256 of a token's exact text (UTF-8): the <see cref="VerifiedTokenCache"/>'s key, so no token is kept as one.</summary>
public readonly record struct TokenHash(ulong A, ulong B, ulong C, ulong D)
{
    private const int StackLimit = 8 * 1024;

    public static TokenHash Of(ReadOnlySpan<char> token)
    {
        var count = Encoding.UTF8.GetByteCount(token);
        Span<byte> bytes = count <= StackLimit ? stackalloc byte[count] : new byte[count];
        Encoding.UTF8.GetBytes(token, bytes);
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        var words = MemoryMarshal.Cast<byte, ulong>(digest);
        return new TokenHash(words[0], words[1], words[2], words[3]);
    }
}
