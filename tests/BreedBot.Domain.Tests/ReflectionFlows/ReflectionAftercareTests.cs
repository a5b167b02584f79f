using BreedBot.Domain.Courage;
using BreedBot.Domain.Reflections;
using static BreedBot.Domain.Tests.ReflectionFlows.ReflectionScenario;

namespace BreedBot.Domain.Tests.ReflectionFlows;

public sealed class ReflectionAftercareTests
{
    [Fact]
    public void Respond_PartnerItWasSharedWith_StoresTheResponse()
    {
        var done = At(ReflectionStep.Done, "partner");

        var outcome = ReflectionAftercare.Respond(done, "partner", "Goed dat je dit oppakt!", Context());

        Assert.True(outcome.IsApplied);
        Assert.Equal(new PartnerResponse("partner", "Goed dat je dit oppakt!", Now), outcome.Reflection.Response);
    }

    [Theory]
    [InlineData("someone-else")]
    [InlineData("author")]
    public void Respond_NotThePartner_IsRefused(string sender)
    {
        var done = At(ReflectionStep.Done, "partner");

        Assert.Equal(ReflectionOutcomeKind.NotShared, ReflectionAftercare.Respond(done, sender, "Hoi", Context()).Kind);
    }

    [Theory]
    [InlineData("author", false, true)]
    [InlineData("partner", true, true)]
    [InlineData("partner", false, false)]
    [InlineData("someone-else", true, false)]
    [InlineData("author", true, false)]
    public void Allows_ByWhoActsAndAs_OnlyTheAuthorOrAPartnerItWasSharedWith(string sender, bool asPartner, bool allowed)
    {
        var done = At(ReflectionStep.Done, "partner");

        Assert.Equal(allowed, ReflectionAftercare.Allows(done, sender, asPartner, Now));
    }

    [Fact]
    public void Allows_ExpiredReflection_NobodyEvenTheAuthor()
    {
        var open = At(ReflectionStep.Goal);
        var later = open.StartedAt + Reflection.OpenFor + TimeSpan.FromMinutes(1);

        Assert.True(open.IsExpired(later));
        Assert.False(ReflectionAftercare.Allows(open, "author", asPartner: false, later));
    }

    [Fact]
    public void ForgetPartner_TheirResponse_GoesWithTheirKeyAndTheAnswersStay()
    {
        var responded = ReflectionAftercare.Respond(At(ReflectionStep.Done, "partner"), "partner", "Sterk gedaan", Context()).Reflection;

        var forgotten = ReflectionAftercare.ForgetPartner(responded, "partner", Now.AddDays(1));

        Assert.Null(forgotten.Response);
        Assert.Empty(forgotten.SharedWith);
        Assert.Equal(responded.NextStep, forgotten.NextStep);
        Assert.Equal(responded.Version + 1, forgotten.Version);
    }

    [Fact]
    public void ForgetPartner_SomeoneItWasNotSharedWith_ChangesNothing()
    {
        var done = At(ReflectionStep.Done, "partner");

        Assert.Same(done, ReflectionAftercare.ForgetPartner(done, "someone-else", Now));
    }

    [Fact]
    public void Respond_IdentifyingText_IsRefused()
    {
        var done = At(ReflectionStep.Done, "partner");

        var outcome = ReflectionAftercare.Respond(done, "partner", "Bel mevrouw maar", Context());

        Assert.Equal([new ReflectionProblem("response", ReflectionProblemKind.Identifying)], outcome.Problems);
        Assert.Null(outcome.Reflection.Response);
    }

    [Fact]
    public void AnswerFollowUp_NotYetWithNewDate_KeepsTheStepWithTheNewDate()
    {
        var done = At(ReflectionStep.Done);
        var values = new Dictionary<string, string?> { ["outcome"] = "NogNiet", ["bringToDuo"] = "true", ["newBy"] = "2027-03-01" };

        var outcome = ReflectionAftercare.AnswerFollowUp(done, 0, values, Context());

        Assert.True(outcome.IsApplied);
        var answer = Assert.Single(outcome.Reflection.FollowUps);
        Assert.Equal(StepOutcome.NogNiet, answer.Outcome);
        Assert.True(answer.BringToDuo);
        Assert.Equal(done.NextStep, answer.Step);
        Assert.Equal(done.NextStep! with { By = new DateOnly(2027, 3, 1) }, outcome.Reflection.NextStep);
    }

    [Fact]
    public void AnswerFollowUp_TakenWithoutNewStep_EndsTheLoop()
    {
        var done = At(ReflectionStep.Done);
        var values = new Dictionary<string, string?> { ["outcome"] = "Ja", ["happened"] = "Advies gekregen", ["helped"] = "Mijn duo" };

        var outcome = ReflectionAftercare.AnswerFollowUp(done, 0, values, Context());

        Assert.Null(outcome.Reflection.NextStep);
        Assert.Null(ReflectionSchedule.FollowUpDue(outcome.Reflection, TimeZoneInfo.Utc));
        Assert.Equal("Mijn duo", outcome.Reflection.FollowUps[0].WhatHelped);
    }

    [Fact]
    public void AnswerFollowUp_Twice_SecondIsAlreadyDone()
    {
        var done = At(ReflectionStep.Done);
        var values = new Dictionary<string, string?> { ["outcome"] = "Deels", ["newBy"] = "2027-03-01" };
        var first = ReflectionAftercare.AnswerFollowUp(done, 0, values, Context()).Reflection;

        var second = ReflectionAftercare.AnswerFollowUp(first, 0, values, Context());

        Assert.Equal(ReflectionOutcomeKind.AlreadyDone, second.Kind);
        Assert.Single(second.Reflection.FollowUps);
    }

    [Theory]
    [InlineData("outcome", "Maybe", ReflectionProblemKind.UnknownChoice)]
    [InlineData("outcome", null, ReflectionProblemKind.Required)]
    [InlineData("newBy", "2027-02-01", ReflectionProblemKind.DateInPast)]
    [InlineData("happened", "mevrouw belde", ReflectionProblemKind.Identifying)]
    [InlineData("newWhat", "Opnieuw bellen", ReflectionProblemKind.Required)]
    public void AnswerFollowUp_BadAnswer_IsRefused(string field, string? value, ReflectionProblemKind kind)
    {
        var done = At(ReflectionStep.Done);
        var values = new Dictionary<string, string?> { ["outcome"] = "Ja", [field] = value };

        var outcome = ReflectionAftercare.AnswerFollowUp(done, 0, values, Context());

        Assert.Equal(ReflectionOutcomeKind.Invalid, outcome.Kind);
        Assert.Contains(outcome.Problems, p => p.Kind == kind);
        Assert.Empty(outcome.Reflection.FollowUps);
    }

    [Fact]
    public void AnswerFollowUp_OpenReflection_IsOutOfOrder()
    {
        var open = At(ReflectionStep.Share);

        Assert.Equal(ReflectionOutcomeKind.OutOfOrder, ReflectionAftercare.AnswerFollowUp(open, 0, new Dictionary<string, string?> { ["outcome"] = "Ja" }, Context()).Kind);
    }
}
