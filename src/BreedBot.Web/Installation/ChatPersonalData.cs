using BreedBot.Storage.Users;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Installation;

/// <summary>The address of the 1:1 chat. Erased last: until then BreedBot can still confirm to the person.</summary>
internal sealed class ChatPersonalData(UserConversationStore chats) : IPersonalDataSource
{
    public PersonalDataKind Kind => PersonalDataKind.Chat;

    public async Task<IReadOnlyList<PersonalDataSection>> DescribeAsync(PersonalDataSubject subject, UserLanguage language, CancellationToken ct)
    {
        if (await chats.GetAsync(subject.TenantId, subject.MemberKey, ct) is not { } chat)
        {
            return [];
        }

        var t = InstallationTexts.For(language);
        var since = PersonalDataDates.Format(chat.StatusChangedAt, language);
        return [new PersonalDataSection(
            t.ChatAddressTitle,
            1,
            chat.StatusChangedAt,
            [t.ChatAddress(since) + (chat.Locale is { } locale ? t.ChatLanguage(locale) : "")])];
    }

    public Task EraseAsync(PersonalDataSubject subject, CancellationToken ct) => chats.EraseAsync(subject.TenantId, subject.MemberKey, ct);
}
