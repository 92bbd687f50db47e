// A SAMPLE host: Bars.Policy behind an ASP.NET Core minimal API. See README.md beside this file.
using Bars.Policy;
using Bars.Policy.Samples.WebHost;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBarsPolicy();
builder.Services.AddProblemDetails();
builder.Services.Configure<DecisionLimits>(builder.Configuration.GetSection(DecisionLimits.Section));

var app = builder.Build();

// Anything unexpected becomes a problem-details 500; empty 404/405 answers become problem details too.
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapDecisionEndpoints();

// Build the engine now, not on the first request: resolving it checks the options (every failure at once) and
// compiles every region's rule set.
app.Services.GetRequiredService<PolicyEngine>();

app.Run();

/// <summary>The sample's entry point; public and partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
