namespace BreedBot.Web.Scheduling;

/// <summary>A person's Teams time zone as one of their messages carried it, waiting to be stored on their member rows.</summary>
internal sealed record MemberZoneSighting(string TenantId, string MemberKey, string Zone);
