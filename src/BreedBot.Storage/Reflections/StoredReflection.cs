using Azure;
using BreedBot.Domain.Reflections;

namespace BreedBot.Storage.Reflections;

/// <summary>A reflection as read, with the ETag a later write must match and its scheduled moments.</summary>
public sealed record StoredReflection(Reflection Reflection, ETag ETag, DateTimeOffset? FollowUpDue, DateTimeOffset? NudgeDue);
