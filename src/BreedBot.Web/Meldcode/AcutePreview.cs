using BreedBot.Connector.Schema;
using BreedBot.Storage.Reflections;
using BreedBot.Web.Turn;
using Microsoft.Extensions.Options;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// What the acute card says besides the numbers, found within <see cref="AcuteOptions.LookupTimeout"/>: who a
/// consult would reach, and whether the card came from the clicker's own open reflection — only then does it
/// offer to go back to it. A reflection id from anyone else's card (a partner's shared reflection, a forwarded
/// card) finds nothing in the clicker's own partition. Whatever is not known in time is left out; the numbers never wait.
/// </summary>
internal sealed class AcutePreview(ConsultCircle circle, ReflectionStore reflections, IOptions<AcuteOptions> options, TimeProvider time, ILogger<AcutePreview> logger)
{
    public async Task<AcuteCardModel> ForAsync(Activity activity, string? reflectionId, CancellationToken ct)
    {
        var own = OwnReflectionAsync(activity, reflectionId, ct);
        var found = await AcuteLookup.WithinAsync<ConsultCircleResult>(async t => await circle.FindAsync(activity, t), options.Value.LookupTimeout, time, logger, ct);
        return new AcuteCardModel { Circle = found, ReflectionId = await own, Zone = ZoneOf(activity) };
    }

    /// <summary><paramref name="reflectionId"/> when it names an open reflection of the clicker, else null.</summary>
    public async Task<string?> OwnReflectionAsync(Activity activity, string? reflectionId, CancellationToken ct)
    {
        if (reflectionId is null || activity.GetTenantId() is not { } tenantId || ActivityAddress.UserKey(activity.From) is not { } userKey)
        {
            return null;
        }

        var read = await AcuteLookup.WithinAsync(t => reflections.GetAsync(tenantId, userKey, reflectionId, t), options.Value.LookupTimeout, time, logger, ct);
        return read?.Reflection is { IsCompleted: false } reflection && !reflection.IsExpired(time.GetUtcNow()) ? reflectionId : null;
    }

    public static TimeZoneInfo ZoneOf(Activity activity) =>
        activity.GetClientTimezone() is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : AcuteCardModel.DefaultZone;
}
