using BreedBot.Web.Localization;

namespace BreedBot.Web.Meldcode;

/// <summary>
/// Every word of the acute path, in one language (the headline and the "Acuut gevaar" button are every card's: <see cref="Kernel.SafetyTexts"/>). Wherever both appear, 112 comes before Veilig Thuis — failures
/// included: someone in danger reads the first line and acts on it.
/// </summary>
internal sealed record AcuteTexts(
    string VeiligThuis,
    string ConsultButton,
    string AskAgainButton,
    string ConsultIntro,
    string ConsultIntroUnknown,
    string Nobody,
    string NobodyNoTeam,
    string AdviceWhenInDoubt,
    string PublicIntro,
    string Delivered,
    string PartlyDelivered,
    string NoneDelivered,
    string NotSent,
    string AlreadyAsked,
    string AskAgainFrom,
    string PendingNote,
    string StateDelivered,
    string StatePending,
    string StateNotReached,
    string Partner,
    string Partners,
    string Aandachtsfunctionaris,
    string AlsoAandachtsfunctionaris,
    string RoleDuoPartner,
    string RoleAandachtsfunctionaris,
    string And,
    string HasOne,
    string HasMany,
    string Afterwards,
    string BackToReflection,
    string NotUnderstoodHint,
    string Summary)
{
    public static AcuteTexts Dutch { get; } = new(
        VeiligThuis: "Veilig Thuis: 0800-2000, gratis, dag en nacht, voor advies of een melding.",
        ConsultButton: "Vraag nu om overleg",
        AskAgainButton: "Opnieuw vragen",
        ConsultIntro: "Wil je nu met iemand overleggen? Dan stuur ik meteen een bericht met een link naar een chat met jou — niets over de casus — aan:",
        ConsultIntroUnknown: "Wil je nu met iemand overleggen? Ik kon nu niet nagaan wie ik voor je kan vragen. Vraag je het toch, dan zeg ik daarna wie mijn bericht kreeg.",
        Nobody: "Er is in BreedBot nu niemand die ik met spoed voor je kan vragen: je hebt geen duopartner en je team heeft geen aandachtsfunctionaris.",
        NobodyNoTeam: "Je zit nog in geen team met BreedBot, dus er is niemand die ik met spoed voor je kan vragen.",
        AdviceWhenInDoubt: "Bel Veilig Thuis voor advies — ook als je twijfelt.",
        PublicIntro: "Wie ik met spoed voor je kan vragen, laat ik alleen jou zien: druk op 'Acuut gevaar'.",
        Delivered: "Gelukt: {0} {1} mijn bericht dat je met spoed wilt overleggen, met een link naar een chat met jou. Over de casus stond er niets in.",
        PartlyDelivered: "Nog niet iedereen is bereikt. Wacht er niet op: bel 112 bij direct gevaar, Veilig Thuis 0800-2000 voor advies.",
        NoneDelivered: "Niemand bereikt. Bel 112 bij direct gevaar, Veilig Thuis 0800-2000 voor advies.",
        NotSent: "Het overlegverzoek kon ik niet versturen. Bel 112 bij direct gevaar, Veilig Thuis 0800-2000 voor advies.",
        AlreadyAsked: "Al gevraagd om {0} — bel 112 bij direct gevaar.",
        AskAgainFrom: "Vanaf {0} kun je opnieuw om overleg vragen.",
        PendingNote: "Wie nog niet bereikt is, probeer ik op de achtergrond nog één keer.",
        StateDelivered: "bericht afgeleverd",
        StatePending: "nog niet bereikt — ik probeer het nog één keer",
        StateNotReached: "niet bereikt",
        Partner: "je duopartner {0}",
        Partners: "je duopartners {0}",
        Aandachtsfunctionaris: "aandachtsfunctionaris {0}",
        AlsoAandachtsfunctionaris: "{0} (ook aandachtsfunctionaris)",
        RoleDuoPartner: "duopartner",
        RoleAandachtsfunctionaris: "aandachtsfunctionaris",
        And: "en",
        HasOne: "heeft",
        HasMany: "hebben",
        Afterwards: "Je reflectie kun je daarna gewoon verder invullen.",
        BackToReflection: "Terug naar mijn reflectie",
        NotUnderstoodHint: "Wil je met spoed overleggen met je duopartner of aandachtsfunctionaris? Druk op 'Acuut gevaar'.",
        Summary: "BreedBot: hulp nu");

    public static AcuteTexts English { get; } = new(
        VeiligThuis: "Veilig Thuis: 0800-2000, free, day and night, for advice or a report.",
        ConsultButton: "Ask for a consult now",
        AskAgainButton: "Ask again",
        ConsultIntro: "Want to talk it through now? I'll message them at once with a link to a chat with you — nothing about the case:",
        ConsultIntroUnknown: "Want to talk it through now? I couldn't check just now whom I can ask for you. If you ask anyway, I'll tell you afterwards who got my message.",
        Nobody: "There is nobody in BreedBot I can ask urgently for you right now: you have no duo partner and your team has no aandachtsfunctionaris.",
        NobodyNoTeam: "You're not in a team with BreedBot yet, so there is nobody I can ask urgently for you.",
        AdviceWhenInDoubt: "Call Veilig Thuis for advice — also when in doubt.",
        PublicIntro: "Whom I can ask urgently for you, I show only you: press 'Acute danger'.",
        Delivered: "Done: {0} {1} my message that you'd like to consult urgently, with a link to a chat with you. Nothing about the case was in it.",
        PartlyDelivered: "Not everyone has been reached yet. Don't wait for it: call 112 in direct danger, Veilig Thuis 0800-2000 for advice.",
        NoneDelivered: "Nobody reached. Call 112 in direct danger, Veilig Thuis 0800-2000 for advice.",
        NotSent: "I could not send the consult request. Call 112 in direct danger, Veilig Thuis 0800-2000 for advice.",
        AlreadyAsked: "Already asked at {0} — call 112 in direct danger.",
        AskAgainFrom: "From {0} you can ask for a consult again.",
        PendingNote: "Whoever has not been reached yet, I'll try once more in the background.",
        StateDelivered: "message delivered",
        StatePending: "not reached yet — I'll try once more",
        StateNotReached: "not reached",
        Partner: "your duo partner {0}",
        Partners: "your duo partners {0}",
        Aandachtsfunctionaris: "your aandachtsfunctionaris {0}",
        AlsoAandachtsfunctionaris: "{0} (also aandachtsfunctionaris)",
        RoleDuoPartner: "duo partner",
        RoleAandachtsfunctionaris: "aandachtsfunctionaris",
        And: "and",
        HasOne: "has",
        HasMany: "have",
        Afterwards: "Your reflection can continue afterwards.",
        BackToReflection: "Back to my reflection",
        NotUnderstoodHint: "Want to consult your duo partner or aandachtsfunctionaris urgently? Press 'Acute danger'.",
        Summary: "BreedBot: help now");

    public static AcuteTexts For(UserLanguage language) => language == UserLanguage.English ? English : Dutch;

    /// <summary>
    /// The consult request a partner or aandachtsfunctionaris receives, in their language when BreedBot knows it
    /// (the locale of their personal install), else Dutch. Only the requester's name and a chat link; no case, no reason.
    /// </summary>
    public static string ConsultRequest(UserLanguage language, string? requesterName, string? requesterUpn)
    {
        var en = language == UserLanguage.English;
        var name = string.IsNullOrWhiteSpace(requesterName) ? (en ? "A colleague" : "Een collega") : requesterName.Trim();
        var link = string.IsNullOrWhiteSpace(requesterUpn)
            ? string.Empty
            : (en ? " Chat now: " : " Chat direct: ") + $"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString(requesterUpn)}";
        return en
            ? $"{name} would like to consult you urgently about a case.{link}"
            : $"{name} wil graag met spoed met je overleggen over een casus.{link}";
    }

    /// <summary>The urgent consult as "mijn gegevens" shows it: a heading and one line.</summary>
    public static (string Heading, string Line) ConsultRecord(UserLanguage language, string at) => language == UserLanguage.English
        ? ("Urgent consult", $"That you asked for an urgent consult ({at}), so a second press within minutes sends nothing twice. Deleted after a day.")
        : ("Spoedoverleg", $"Dat je om spoedoverleg vroeg ({at}), zodat nog eens drukken binnen een paar minuten niets dubbel stuurt. Na een dag verwijderd.");

    /// <summary>"A", "A en B", "A, B en C".</summary>
    public string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + $" {And} " + items[^1];

    /// <summary>"je duopartner Sam en aandachtsfunctionaris Noor": the people of one team and what they are to the reader.</summary>
    public string Describe(IReadOnlyList<ConsultRecipient> recipients)
    {
        var partners = recipients.Where(r => r.IsPartner).ToList();
        var parts = new List<string>();
        if (partners.Count > 0)
        {
            var names = partners.Select(p => p.IsAandachtsfunctionaris ? Format(AlsoAandachtsfunctionaris, NameOf(p)) : NameOf(p)).Where(n => n.Length > 0).ToList();
            parts.Add(Format(partners.Count == 1 ? Partner : Partners, Join(names)));
        }

        parts.AddRange(recipients.Where(r => r.IsAandachtsfunctionaris && !r.IsPartner).Select(r => Format(Aandachtsfunctionaris, NameOf(r))));
        return Join(parts);
    }

    /// <summary>"Sam (duopartner)", with the team when the reader is in several.</summary>
    public string Label(ConsultRecipient recipient, bool withTeam)
    {
        var role = recipient.IsPartner ? RoleDuoPartner : RoleAandachtsfunctionaris;
        var team = withTeam && !string.IsNullOrWhiteSpace(recipient.Team.TeamName) ? ", " + recipient.Team.TeamName.Trim() : "";
        var name = NameOf(recipient);
        return name.Length == 0 ? $"{role}{team}" : $"{name} ({role}{team})";
    }

    /// <summary>"heeft" for one person, "hebben" for more.</summary>
    public string Have(int people) => people == 1 ? HasOne : HasMany;

    public string State(ConsultState state) => state switch
    {
        ConsultState.Delivered => StateDelivered,
        ConsultState.Pending => StatePending,
        _ => StateNotReached,
    };

    /// <summary>Formats and trims: a person without a name leaves "je duopartner", not "je duopartner ".</summary>
    public static string Format(string format, params object[] values) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, values).Trim();

    private static string NameOf(ConsultRecipient recipient) => recipient.Member.Name?.Trim() ?? "";
}
