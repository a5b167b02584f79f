namespace BreedBot.Web.Kernel;

/// <summary>
/// A turn that read the sender's member row on its path already knows the time zone stored for them: saying so spares
/// the background look-up of every team row of theirs (<c>MemberTimeZones</c>) when Teams sends that same zone. A
/// check-in is a weekly first message, so without it each one would cost a query of the person's teams after the reply.
/// </summary>
internal interface IStoredTimeZones
{
    /// <summary>The zone stored on a member row of the person that this turn read (null: none stored, nothing known).</summary>
    void Read(string tenantId, string memberKey, string? zone);
}
