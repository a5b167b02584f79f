using BreedBot.Domain.Outbound;
using BreedBot.Storage.Outbound;
using BreedBot.Testing;

namespace BreedBot.Storage.Tests.Outbound;

[Collection(SharedAzurite.Name)]
public sealed class DeliveryStoreTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Claim_SecondQueueCopyWhileFirstHoldsIt_IsHeldElsewhereThenFinalAfterSettle()
    {
        var context = await new StorageTestContext(azurite).InitializeAsync();
        var store = new DeliveryStore(context.Tables, context.Time);
        var fresh = Record("reminder/2027-W07/d1", "ana", "2027-W07");

        var first = await store.ClaimAsync(fresh, "message-1", TimeSpan.FromMinutes(2), CancellationToken.None);
        var second = await store.ClaimAsync(fresh, "message-2", TimeSpan.FromMinutes(2), CancellationToken.None);
        await store.SettleAsync(first.Record with { Outcome = DeliveryOutcome.Sent }, CancellationToken.None);
        var third = await store.ClaimAsync(fresh, "message-2", TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.Equal(DeliveryClaimResult.Claimed, first.Result);
        Assert.Equal(DeliveryClaimResult.HeldElsewhere, second.Result);
        Assert.Equal(DeliveryClaimResult.AlreadyFinal, third.Result);
    }

    [Fact]
    public async Task Settle_FailureReasonAndPossibleDuplicate_ReadBackAsWritten()
    {
        var context = await new StorageTestContext(azurite).InitializeAsync();
        var store = new DeliveryStore(context.Tables, context.Time);

        await store.SettleAsync(Record("invitation/1", "ana", "2027-W07") with { Outcome = DeliveryOutcome.Failed, Failure = DeliveryFailure.Refused, Reason = "400 BadRequest", Attempts = 1 }, CancellationToken.None);
        await store.SettleAsync(Record("invitation/2", "bo", "2027-W07") with { Outcome = DeliveryOutcome.Sent, PossiblyDuplicated = true, Attempts = 2 }, CancellationToken.None);

        var failed = (await store.GetAsync("tenant", "team", "2027-W07", "invitation/1", "ana", CancellationToken.None))!;
        var sent = (await store.GetAsync("tenant", "team", "2027-W07", "invitation/2", "bo", CancellationToken.None))!;
        Assert.Equal((DeliveryFailure.Refused, "400 BadRequest", 1, false), (failed.Failure!.Value, failed.Reason, failed.Attempts, failed.PossiblyDuplicated));
        Assert.Equal((null, null, 2, true), ((DeliveryFailure?)sent.Failure, sent.Reason, sent.Attempts, sent.PossiblyDuplicated));
    }

    [Fact]
    public async Task Release_AfterAnotherHolderSettledIt_LeavesTheOutcomeAlone()
    {
        var context = await new StorageTestContext(azurite).InitializeAsync();
        var store = new DeliveryStore(context.Tables, context.Time);
        var fresh = Record("reminder/2027-W07/d1", "ana", "2027-W07");
        var claim = await store.ClaimAsync(fresh, "message-1/receipt-1", TimeSpan.FromMinutes(2), CancellationToken.None);
        await store.SettleAsync(claim.Record with { Outcome = DeliveryOutcome.Sent }, CancellationToken.None);

        var released = await store.ReleaseAsync(claim, attempts: 1, CancellationToken.None);

        Assert.False(released);
        Assert.Equal(DeliveryOutcome.Sent, (await store.GetAsync("tenant", "team", "2027-W07", "reminder/2027-W07/d1", "ana", CancellationToken.None))!.Outcome);
    }

    [Fact]
    public async Task Release_Unchanged_NextReceiptClaimsAtOnceWithTheAttemptsKept()
    {
        var context = await new StorageTestContext(azurite).InitializeAsync();
        var store = new DeliveryStore(context.Tables, context.Time);
        var fresh = Record("reminder/2027-W07/d1", "ana", "2027-W07");
        var claim = await store.ClaimAsync(fresh, "message-1/receipt-1", TimeSpan.FromMinutes(2), CancellationToken.None);

        var released = await store.ReleaseAsync(claim, attempts: 1, CancellationToken.None);
        var next = await store.ClaimAsync(fresh, "message-1/receipt-2", TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.True(released);
        Assert.Equal(DeliveryClaimResult.Claimed, next.Result);
        Assert.Equal(1, next.Record.Attempts);
        Assert.Equal("message-1/receipt-2", next.Record.ClaimedBy);
    }

    [Fact]
    public async Task EraseRecipient_RowsInSeveralWeeks_DeletesOnlyThatPersonsRows()
    {
        var context = await new StorageTestContext(azurite).InitializeAsync();
        var store = new DeliveryStore(context.Tables, context.Time);
        await store.SettleAsync(Record("a", "ana", "2027-W07") with { Outcome = DeliveryOutcome.Sent }, CancellationToken.None);
        await store.SettleAsync(Record("b", "ana", "2027-W08") with { Outcome = DeliveryOutcome.Sent }, CancellationToken.None);
        await store.SettleAsync(Record("a", "bo", "2027-W07") with { Outcome = DeliveryOutcome.Sent }, CancellationToken.None);

        Assert.Equal(2, await store.CountRecipientAsync("tenant", "team", "ana", CancellationToken.None));
        await store.EraseRecipientAsync("tenant", "team", "ana", CancellationToken.None);

        Assert.Equal(0, await store.CountRecipientAsync("tenant", "team", "ana", CancellationToken.None));
        Assert.Single(await store.ListWeekAsync("tenant", "team", "2027-W07", CancellationToken.None), r => r.RecipientKey == "bo");
        Assert.Empty(await store.ListWeekAsync("tenant", "team", "2027-W08", CancellationToken.None));
    }

    private static DeliveryRecord Record(string occurrence, string recipient, string week) =>
        new("tenant", "team", week, occurrence, recipient, "reminder", DeliveryOutcome.Sending, default);
}
