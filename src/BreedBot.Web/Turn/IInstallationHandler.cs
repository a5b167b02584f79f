using BreedBot.Connector.Schema;

namespace BreedBot.Web.Turn;

/// <summary>
/// BreedBot added to or removed from a team or a personal chat, and members coming and going: the
/// <c>installationUpdate</c> and <c>conversationUpdate</c> activities the router hands on (the Installation feature answers them).
/// </summary>
internal interface IInstallationHandler
{
    Task<TurnResult> HandleInstallationUpdateAsync(Activity activity, CancellationToken ct);

    Task<TurnResult> HandleConversationUpdateAsync(Activity activity, CancellationToken ct);
}
