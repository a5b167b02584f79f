using BreedBot.Connector.Schema;

namespace BreedBot.Web.Turn;

/// <summary>
/// Sees every message and invoke before it is handled (the locale of a person's personal chat comes with each). It may
/// not touch storage or wait: whatever it notices is done after the reply, and nothing it does may cost the person their answer.
/// </summary>
internal interface ITurnObserver
{
    void Notice(Activity activity);
}
