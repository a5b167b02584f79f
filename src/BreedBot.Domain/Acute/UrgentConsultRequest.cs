namespace BreedBot.Domain.Acute;

/// <summary>
/// That a person asked for an urgent consult, and when. <paramref name="ConsultId"/> names the messages it
/// sent (with each recipient, the identity of a delivery), so a replayed press sends nothing twice.
/// </summary>
public sealed record UrgentConsultRequest(string TenantId, string RequesterKey, string ConsultId, DateTimeOffset RequestedAt)
{
    /// <summary>
    /// Whether a press at <paramref name="now"/> is the same consult: within <paramref name="window"/> a second
    /// press sends nothing new, so a recipient gets one message however often the button is pressed.
    /// </summary>
    public bool Covers(DateTimeOffset now, TimeSpan window) => now < RequestedAt + window;

    /// <summary>The first moment a new consult can be asked for.</summary>
    public DateTimeOffset AskAgainFrom(TimeSpan window) => RequestedAt + window;
}
