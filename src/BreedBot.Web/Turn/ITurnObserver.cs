using BreedBot.Connector.Schema;

namespace BreedBot.Web.Turn;

/// <summary>
/// Sees every message and invoke once it is handled, also when handling failed (a person's Teams time zone comes with
/// each). Afterwards, so that what the turn read on its way is known (<see cref="Kernel.IStoredTimeZones"/>) and a row it
/// created is there. It may not touch storage or wait: whatever it notices is done after the reply, and nothing it
/// does may cost the person their answer.
/// </summary>
internal interface ITurnObserver
{
    void Notice(Activity activity);
}
