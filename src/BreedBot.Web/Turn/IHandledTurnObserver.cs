using BreedBot.Connector.Schema;

namespace BreedBot.Web.Turn;

/// <summary>
/// Sees every message and invoke once it is handled, also when handling failed (a person's Teams time zone comes with
/// each): afterwards, so that what the turn read on its way is known (<see cref="Kernel.IStoredTimeZones"/>) and a row it
/// created is there. The same rules as <see cref="ITurnObserver"/>: no storage, no waiting, never the person's answer.
/// </summary>
internal interface IHandledTurnObserver
{
    void Notice(Activity activity);
}
