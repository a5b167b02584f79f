namespace BreedBot.Domain.Commands;

/// <summary>
/// Where a command is answered. Anything about one person (answers, pauses, partners) stays in their personal chat;
/// what concerns a whole team belongs in its channel; help and the acute-danger card work everywhere, group chats too.
/// </summary>
public enum CommandPlace
{
    PersonalChat,
    Channel,
    Anywhere,
}
