using Microsoft.Extensions.Time.Testing;

namespace BreedBot.Storage.Tests;

public sealed class ShortMemoryTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2027, 2, 15, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryGet_BeforeAndAfterTheKeepTime_KeptThenForgotten()
    {
        var memory = new ShortMemory<string, string>(time, TimeSpan.FromMinutes(10), 10);
        memory.Keep("week", "salt");

        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.True(memory.TryGet("week", out var kept));
        Assert.Equal("salt", kept);

        time.Advance(TimeSpan.FromTicks(1));
        Assert.False(memory.TryGet("week", out _));
    }

    [Fact]
    public void Forget_KeptValue_GoneAtOnce()
    {
        var memory = new ShortMemory<string, string>(time, TimeSpan.FromMinutes(10), 10);
        memory.Keep("week", "salt");

        memory.Forget("week");

        Assert.False(memory.TryGet("week", out _));
    }

    [Fact]
    public void Keep_Full_ExpiredGoFirstThenEverything()
    {
        var memory = new ShortMemory<int, string?>(time, TimeSpan.FromSeconds(5), 3);
        memory.Keep(1, "old");
        time.Advance(TimeSpan.FromSeconds(5));
        memory.Keep(2, null);
        memory.Keep(3, "c");

        memory.Keep(4, "d"); // full: only 1 had expired
        Assert.True(memory.TryGet(2, out var nothing));
        Assert.Null(nothing);
        Assert.True(memory.TryGet(3, out _));

        memory.Keep(5, "e"); // full of live values: all go but the new one
        Assert.False(memory.TryGet(2, out _));
        Assert.False(memory.TryGet(4, out _));
        Assert.True(memory.TryGet(5, out var newest));
        Assert.Equal("e", newest);
    }
}
