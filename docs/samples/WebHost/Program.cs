// A SAMPLE host: Bars.Policy behind an ASP.NET Core minimal API. See README.md beside this file.
using System.Threading.RateLimiting;
using Bars.Policy;
using Bars.Policy.Samples.WebHost;
using Bars.Policy.Samples.WebHost.Explorer;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBarsPolicy();
builder.Services.AddProblemDetails();
builder.Services.AddExplorer();                               // the case form at / and the catalogue at /rules
builder.Services.AddOptions<DecisionLimits>()
    .Bind(builder.Configuration.GetSection(DecisionLimits.Section))
    .Validate(l => l.Invalid() is null, $"The {DecisionLimits.Section} limits are out of range.")
    .ValidateOnStart();

// Batches hold memory while they run: only so many run at once, a few more wait, the rest are refused (503).
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
    o.OnRejected = (rejected, _) =>
    {
        rejected.HttpContext.Response.Headers.RetryAfter = "1";
        return new ValueTask(Problems.Busy().ExecuteAsync(rejected.HttpContext));
    };
    o.AddPolicy(DecisionEndpoints.BatchLimiter, context => RateLimitPartition.GetConcurrencyLimiter(DecisionEndpoints.BatchLimiter, _ =>
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<DecisionLimits>>().Value;
        return new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrentBatches,
            QueueLimit = limits.MaxQueuedBatches,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
    }));
});

var app = builder.Build();

// Anything unexpected becomes a problem-details 500; empty 404/405 answers become problem details too.
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();

app.MapExplorer();
app.MapDecisionEndpoints();

// Build the engine now, not on the first request: resolving it checks the options (every failure at once) and
// compiles every region's rule set.
app.Services.GetRequiredService<PolicyEngine>();

app.Run();

/// <summary>The sample's entry point; public and partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
