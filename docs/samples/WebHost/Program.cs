// A SAMPLE host: Bars.Policy behind an ASP.NET Core minimal API. See README.md beside this file.
using Bars.Policy;
using Bars.Policy.AspNetCore;
using Bars.Policy.Samples.WebHost.Explorer;

var builder = WebApplication.CreateBuilder(args);

// The engine, the endpoints' limits (from the "Decisions" section, checked on start) and PolicyCase parameters read
// by the library's own reader: an invalid case is a 400 problem listing every error.
builder.Services.AddBarsPolicyEndpoints().Bind(builder.Configuration.GetSection("Decisions"));
builder.Services.AddProblemDetails();
builder.Services.AddExplorer();                               // the case form at / and the catalogue at /rules

var app = builder.Build();

// Anything unexpected becomes a problem-details 500; empty 404/405 answers become problem details too.
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapExplorer();
app.MapBarsPolicy();                                          // POST /decisions, /decisions/batch, /why-not, /screen, /timeline

// Build the engine now, not on the first request: resolving it checks the options (every failure at once) and
// compiles every region's rule set.
app.Services.GetRequiredService<PolicyEngine>();

app.Run();

/// <summary>The sample's entry point; public and partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
