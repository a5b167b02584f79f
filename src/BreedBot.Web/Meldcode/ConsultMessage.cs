namespace BreedBot.Web.Meldcode;

/// <summary>One consult message to send: to whom, as part of which consult, on behalf of whom (name and chat link only).</summary>
internal sealed record ConsultMessage(ConsultRecipient Recipient, string ConsultId, string Week, string? RequesterName, string? RequesterUpn)
{
    /// <summary>With the recipient, the identity of the delivery: a replay finds it and sends nothing.</summary>
    public string OccurrenceId => "consult/" + ConsultId;
}
