using System.ComponentModel.DataAnnotations;

namespace BreedBot.Storage;

/// <summary>Where BreedBot keeps its tables and queues (section <c>Storage</c>).</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>An Azure Storage connection string, e.g. Azurite's <c>UseDevelopmentStorage=true</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account's table endpoint, used with managed identity when no connection string is given.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The account's queue endpoint, used with managed identity when no connection string is given.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>Prefixed to every table and queue name, so several deployments or test runs can share one account.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,19}$|^$", ErrorMessage = "Storage:TablePrefix must start with a letter and contain only letters and digits (at most 20).")]
    public string TablePrefix { get; set; } = "";

    /// <summary>A hung storage endpoint must not hold a user's request for the SDK's default 100 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && TableServiceUri is null)
        {
            yield return new ValidationResult(
                "Set Storage:ConnectionString, or Storage:TableServiceUri and Storage:QueueServiceUri for managed identity.",
                [nameof(ConnectionString), nameof(TableServiceUri)]);
        }
    }
}
