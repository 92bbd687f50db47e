// A SAMPLE host: Bars.Policy behind an ASP.NET Core minimal API. See README.md beside this file.
using Bars.Policy;
using Bars.Policy.Samples.WebHost;
using Bars.Policy.Samples.WebHost.Explorer;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBarsPolicy();
builder.Services.AddProblemDetails();
builder.Services.AddExplorer();                               // the case form at / and the catalogue at /rules
builder.Services.AddOptions<DecisionLimits>()
    .Bind(builder.Configuration.GetSection(DecisionLimits.Section))
    .Validate(l => l.Invalid() is null, $"The {DecisionLimits.Section} limits are out of range.")
    .ValidateOnStart();

// Requests hold memory while they run (a case's errors, a batch's lines): only so many run at once per endpoint, a
// few more wait, the rest are refused (503).
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
    o.OnRejected = (rejected, _) =>
    {
        rejected.HttpContext.Response.Headers.RetryAfter = "1";
        var policy = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        return new ValueTask(Problems.Busy(policy == DecisionEndpoints.BatchLimiter ? "batches" : "cases").ExecuteAsync(rejected.HttpContext));
    };
    o.AddConcurrencyPolicy(DecisionEndpoints.BatchLimiter, l => (l.MaxConcurrentBatches, l.MaxQueuedBatches));
    o.AddConcurrencyPolicy(DecisionEndpoints.CaseLimiter, l => (l.MaxConcurrentCases, l.MaxQueuedCases));
});

// Every request is answered within a bounded time, waiting its turn included, so slow clients cannot hold the
// running and waiting places for good (they time out first, placed before the limiter below).
builder.Services.AddRequestTimeouts();
builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<DecisionLimits>>((o, limits) =>
{
    o.AddPolicy(DecisionEndpoints.BatchLimiter, TimedOut.Policy("batch", limits.Value.MaxBatchSeconds));
    o.AddPolicy(DecisionEndpoints.CaseLimiter, TimedOut.Policy("case", limits.Value.MaxCaseSeconds));
});

var app = builder.Build();

// Anything unexpected becomes a problem-details 500; empty 404/405 answers become problem details too.
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestTimeouts();
app.UseRateLimiter();

app.MapExplorer();
app.MapDecisionEndpoints();

// Build the engine now, not on the first request: resolving it checks the options (every failure at once) and
// compiles every region's rule set.
app.Services.GetRequiredService<PolicyEngine>();

app.Run();

/// <summary>The sample's entry point; public and partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
