using BreedBot.Domain.Courage;
namespace BreedBot.Domain.Reflections;

/// <summary>
/// The answer to one follow-up: did I take the step, what happened, what helped, and whether I
/// bring it to the next duo moment. The step it answers is kept, since a new step may follow.
/// </summary>
public sealed record FollowUpAnswer(
    NextStepAnswer Step,
    StepOutcome Outcome,
    string? WhatHappened,
    string? WhatHelped,
    bool BringToDuo,
    DateTimeOffset AnsweredAt);
