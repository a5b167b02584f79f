using Azure;
using Azure.Data.Tables;
using BreedBot.Domain.CourageStories;
using BreedBot.Domain.TeamWeeks;

namespace BreedBot.Storage.CourageStories;

/// <summary>
/// Row of the CourageStories table. PartitionKey = tenant id | team id, RowKey = the story id
/// (UTC creation time first, so a partition reads oldest first). AuthorKey is set only while the
/// story waits; the summary that takes it clears it and sets PostedWeek and PostedAt.
/// </summary>
internal sealed class CourageStoryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public string Text { get; set; } = "";
    public string? AuthorKey { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? PostedWeek { get; set; }
    public DateTimeOffset? PostedAt { get; set; }

    public static string Partition(string tenantId, string teamId) => TableKey.Escape(tenantId) + "|" + TableKey.Escape(teamId);

    public static CourageStoryEntity From(CourageStory story) => new()
    {
        PartitionKey = Partition(story.TenantId, story.TeamId),
        RowKey = TableKey.Escape(story.Id),
        TenantId = story.TenantId,
        TeamId = story.TeamId,
        Text = story.Text,
        AuthorKey = story.AuthorKey,
        CreatedAt = story.CreatedAt,
        PostedWeek = story.PostedWeek?.ToString(),
        PostedAt = story.PostedAt,
    };

    public CourageStory ToStory() => new(TenantId, TeamId, RowKey, Text, AuthorKey, CreatedAt)
    {
        PostedWeek = PostedWeek is not null && IsoWeek.TryParse(PostedWeek, out var week) ? week : null,
        PostedAt = PostedAt,
    };
}
