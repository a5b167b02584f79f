using BreedBot.Web.Scheduling;

namespace BreedBot.Web.Tests.Scheduling;

public sealed class MemberZoneSightingsTests
{
    [Fact]
    public void TryAdd_QueueFull_DropsTheNewSightingInsteadOfGrowing()
    {
        var sightings = new MemberZoneSightings();
        for (var i = 0; i < MemberZoneSightings.Capacity; i++)
        {
            Assert.True(sightings.TryAdd(new MemberZoneSighting("tenant", "member-" + i, "Europe/Amsterdam")));
        }

        Assert.False(sightings.TryAdd(new MemberZoneSighting("tenant", "one-too-many", "Europe/Amsterdam")));
    }

    [Fact]
    public async Task WhenIdleAsync_UntilEveryQueuedSightingIsFinished_NotComplete()
    {
        var sightings = new MemberZoneSightings();
        Assert.True(sightings.WhenIdleAsync().IsCompleted);
        sightings.TryAdd(new MemberZoneSighting("tenant", "ana", "America/New_York"));
        sightings.TryAdd(new MemberZoneSighting("tenant", "bo", "Asia/Tokyo"));
        var idle = sightings.WhenIdleAsync();

        var read = new List<string>();
        await foreach (var sighting in sightings.ReadAllAsync(CancellationToken.None))
        {
            read.Add(sighting.MemberKey);
            Assert.False(idle.IsCompleted);
            sightings.Finished();
            if (read.Count == 2)
            {
                break;
            }
        }

        Assert.Equal(["ana", "bo"], read);
        Assert.True(idle.IsCompleted);
    }
}
