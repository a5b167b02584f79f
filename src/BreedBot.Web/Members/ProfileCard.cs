using System.Globalization;
using System.Text.Json.Nodes;
using BreedBot.Domain.Members;
using BreedBot.Web.Cards;
using BreedBot.Web.Kernel;
using BreedBot.Web.Localization;

namespace BreedBot.Web.Members;

/// <summary>
/// "profiel": per team whether you take part and your answers, with "Antwoorden aanpassen", "Pauzeer" (a date,
/// then the button) and "Stop" (after a question). Every button answers in place with this card. It is not the
/// invitation: there is no "Niet nu" on it, so nothing here takes a member out of the duos without "Stop".
/// </summary>
public static class ProfileCard
{
    public const string TemplateName = "profile";

    public static RenderedCard Render(UserLanguage language, ProfileCardModel model) =>
        new(CardTemplates.Render(TemplateName, Data(language, model)), Summary(language));

    /// <summary>Content-free: no team name, no answer.</summary>
    public static string Summary(UserLanguage language) => MembersTexts.For(language).ProfileSummary;

    internal static JsonObject Data(UserLanguage language, ProfileCardModel model)
    {
        var t = MembersTexts.For(language);
        var team = t.Team(model.TeamName?.Trim());
        var member = model.Member;
        var joined = member.Status == MembershipStatus.Joined;
        var paused = joined && member.IsPausedOn(model.Today);
        var overview = model.Mode == ProfileCardMode.Overview;
        var facts = Facts(t, language, member.Profile, model.Colleagues, model.PoolOptIn);
        var data = new JsonObject
        {
            ["title"] = t.ProfileTitle(team),
            ["status"] = Status(t, language, member, paused),
            ["hasNotice"] = model.Notice is not null,
            ["notice"] = model.Notice ?? "",
            ["hasProblems"] = model.Problems.Count > 0,
            ["problems"] = new JsonArray([.. model.Problems.Select(p => (JsonNode?)MembersTexts.Problem(p, language))]),
            ["showFacts"] = model.Mode != ProfileCardMode.Edit && facts.Count > 0,
            ["facts"] = facts,
            ["showNoAnswers"] = model.Mode != ProfileCardMode.Edit && facts.Count == 0,
            ["noAnswers"] = t.NoAnswers,
            ["editing"] = model.Mode == ProfileCardMode.Edit,
            ["confirmingStop"] = model.Mode == ProfileCardMode.ConfirmStop,
            ["stopQuestion"] = t.StopQuestion(team),
            ["stopConsequences"] = t.StopConsequences,
            ["privacy"] = t.ProfilePrivacy,
            ["teamId"] = model.TeamId,
            ["canEdit"] = overview && joined,
            ["edit"] = t.EditButton,
            ["canJoin"] = overview && !joined,
            ["join"] = t.JoinButton,
            ["save"] = new JsonObject { ["title"] = joined ? t.SaveButton : t.JoinButton },
            ["cancel"] = new JsonObject { ["title"] = model.Mode == ProfileCardMode.ConfirmStop ? t.StopCancel : t.CancelButton },
            ["canPause"] = overview && joined && !paused,
            ["pause"] = new JsonObject
            {
                ["title"] = t.PauseButton,
                ["label"] = t.PauseDateLabel,
                ["error"] = t.PauseDateError,
                ["min"] = Iso(model.Today.AddDays(1)),
                ["max"] = Iso(model.Today.AddDays(PauseRequest.MaxDays)),
                ["submit"] = t.PauseSubmit,
            },
            ["canEndPause"] = overview && paused,
            ["endPause"] = t.EndPauseButton,
            ["canStop"] = overview && joined,
            ["stop"] = t.StopButton,
            ["stopConfirm"] = t.StopConfirm,
            ["acuteAction"] = AcuteAction.Data(language),
        };
        ProfileFields.AddTo(data, language, model.Colleagues, model.Answers ?? JoinCardModel.AnswersOf(member.Profile), model.PoolOptIn);
        return data;
    }

    private static string Status(MembersTexts t, UserLanguage language, TeamMember member, bool paused) => member.Status switch
    {
        MembershipStatus.Joined when paused => t.StatusPaused(member.Pause!.Until.ToString("d MMMM yyyy", DateTexts.Culture(language))),
        MembershipStatus.Joined => t.StatusJoined,
        MembershipStatus.Stopped => t.StatusStopped,
        _ => t.StatusNotYet,
    };

    private static JsonArray Facts(MembersTexts t, UserLanguage language, MemberProfile? profile, IReadOnlyList<(string Key, string Name)> colleagues, bool? poolOptIn)
    {
        if (profile is null)
        {
            return [];
        }

        var names = profile.NotWith.Select(key => colleagues.FirstOrDefault(c => c.Key == key).Name).OfType<string>().ToList();
        (string Title, string Value)[] facts =
        [
            (t.FactRole, MembersTexts.RoleName(profile.Role, language)),
            (t.FactCluster, MembersTexts.ClusterName(profile.Cluster, language)),
            (t.FactMoment, $"{DateTexts.DayName(profile.PreferredMoment.Day, language)} {profile.PreferredMoment.Time.ToString("HH:mm", CultureInfo.InvariantCulture)}"),
            (t.FactYears, profile.YearsOfExperience is { } years ? t.Years(years) : t.NotFilledIn),
            (t.FactNotWith, names.Count > 0 ? string.Join(", ", names) : t.Nobody),
        ];
        // The pool choice only where the card asks it: in a team in the organisation pool.
        var pool = poolOptIn is { } chosen ? [(t.FactPool, chosen ? t.PoolOn : t.PoolOff)] : Array.Empty<(string Title, string Value)>();
        return [.. facts.Concat(pool).Select(f => (JsonNode?)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })];
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
