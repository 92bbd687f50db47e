using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bars.Policy.Samples.WebHost;

/// <summary>An endpoint's concurrency limit, its sizes read from <see cref="DecisionLimits"/>.</summary>
internal static class ConcurrencyPolicies
{
    /// <summary>
    /// Adds the policy <paramref name="name"/>: as many requests at once as <paramref name="sizes"/> says run, as many
    /// more wait oldest first, the rest are rejected.
    /// </summary>
    public static RateLimiterOptions AddConcurrencyPolicy(this RateLimiterOptions options, string name, Func<DecisionLimits, (int Running, int Queued)> sizes) =>
        options.AddPolicy(name, context => RateLimitPartition.GetConcurrencyLimiter(name, _ =>
        {
            var (running, queued) = sizes(context.RequestServices.GetRequiredService<IOptions<DecisionLimits>>().Value);
            return new ConcurrencyLimiterOptions
            {
                PermitLimit = running,
                QueueLimit = queued,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            };
        }));
}
