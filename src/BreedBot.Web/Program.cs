using BreedBot.Connector;
using BreedBot.Domain.Privacy;
using BreedBot.Storage;
using BreedBot.Web.AfterReply;
using BreedBot.Web.CourageStories;
using BreedBot.Web.DuoWeeks;
using BreedBot.Web.Health;
using BreedBot.Web.Help;
using BreedBot.Web.Installation;
using BreedBot.Web.Kernel;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Members;
using BreedBot.Web.MyData;
using BreedBot.Web.Outbound;
using BreedBot.Web.Pairing;
using BreedBot.Web.Reflections;
using BreedBot.Web.Retention;
using BreedBot.Web.Scheduling;
using BreedBot.Web.Settings;
using BreedBot.Web.Status;
using BreedBot.Web.Summaries;
using BreedBot.Web.Telemetry;
using BreedBot.Web.Turn;

var builder = WebApplication.CreateBuilder(args);

// What every feature stands on: telemetry, the protocol layer, storage, the turn (endpoint, router, registry), the
// small kernel features share, and the background services in the order they start (and the reverse they stop in):
// the after-reply queue, the scheduler, the outbox.
builder.AddBreedBotTelemetry();
builder.Services.AddBotConnector(builder.Configuration);
builder.Services.AddBreedBotStorage(builder.Configuration);
builder.Services.AddTurn();
builder.Services.AddKernel();
builder.Services.AddAfterReply();
builder.Services.AddBreedBotScheduler();
builder.Services.AddBreedBotOutbox(builder.Configuration);

// The features: each registers its commands, card verbs, scheduled occurrences and personal data.
builder.Services.AddInstallation();
builder.Services.AddMembers();
builder.Services.AddPairing();
builder.Services.AddDuoWeeks();
builder.Services.AddReflections();
builder.Services.AddMeldcode(builder.Configuration);
builder.Services.AddSummaries();
builder.Services.AddCourageStories();
builder.Services.AddSettings();
builder.Services.AddStatus();
builder.Services.AddMyData();
builder.Services.AddRetention(builder.Configuration);
builder.Services.AddHelp();

var app = builder.Build();

app.MapBotEndpoint();
app.MapHealthEndpoints();

// The privacy guard's lexicons load now, not during the first person's turn.
PrivacyGuard.WarmUp();
app.Run();

/// <summary>Entry point; public so the test hosts can start it.</summary>
public partial class Program;
