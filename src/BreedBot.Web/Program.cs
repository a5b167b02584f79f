using BreedBot.Connector;
using BreedBot.Domain.Privacy;
using BreedBot.Storage;
using BreedBot.Web.AfterReply;
using BreedBot.Web.CourageStories;
using BreedBot.Web.DuoWeeks;
using BreedBot.Web.Handlers;
using BreedBot.Web.Help;
using BreedBot.Web.Installation;
using BreedBot.Web.Health;
using BreedBot.Web.Kernel;
using BreedBot.Web.Meldcode;
using BreedBot.Web.Members;
using BreedBot.Web.Retention;
using BreedBot.Web.Outbound;
using BreedBot.Web.Pairing;
using BreedBot.Web.Reflections;
using BreedBot.Web.Settings;
using BreedBot.Web.Summaries;
using BreedBot.Web.Telemetry;
using BreedBot.Web.Turn;

var builder = WebApplication.CreateBuilder(args);

builder.AddBreedBotTelemetry();
builder.Services.AddBotConnector(builder.Configuration);
builder.Services.AddBreedBotStorage(builder.Configuration);
builder.Services.AddAfterReply();
builder.Services.AddTurn();
builder.Services.AddKernel();
builder.Services.AddInstallation();
builder.Services.AddMembers();
builder.Services.AddPairing();
builder.Services.AddDuoWeeks();
builder.Services.AddReflections();
builder.Services.AddMeldcode(builder.Configuration);
builder.Services.AddSummaries();
builder.Services.AddCourageStories();
builder.Services.AddSettings();
builder.Services.AddHelp();
builder.Services.AddBreedBotHandlers();
builder.Services.AddBreedBotRetention(builder.Configuration);
builder.Services.AddBreedBotOutbox(builder.Configuration);

var app = builder.Build();

app.MapBotEndpoint();
app.MapHealthEndpoints();

// The privacy guard's lexicons load now, not during the first person's turn.
PrivacyGuard.WarmUp();
app.Run();

/// <summary>Entry point; public so the test hosts can start it.</summary>
public partial class Program;
