namespace BreedBot.Domain.Commands;

public enum BotCommand
{
    Unknown,
    Help,
    Join,
    Profile,
    Pause,
    Stop,
    PairDuos,
    MyDuo,
    Swap,
    Rotation,
    MyData,
    DeleteMyData,
    Summary,
    Reflection,
    Meldcode,
    CourageStory,
    Settings,
    Status,
    Acute,
    DuoMoment,
    QuickReflection,
}
