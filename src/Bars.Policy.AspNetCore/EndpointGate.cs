using System.Threading.RateLimiting;

namespace Bars.Policy.AspNetCore;

/// <summary>
/// What bounds one kind of request, kept by the endpoints themselves so no middleware has to be remembered: so many
/// run at once, so many more wait oldest first, the rest get 503; and each has a deadline from its arrival, its wait
/// included, so slow clients cannot hold the running and waiting places for good. Past the deadline a request not yet
/// answered gets 503; one whose answer has started has its connection cut (an answer that stopped short would look
/// complete).
/// </summary>
internal sealed class EndpointGate(string what, string plural, int running, int queued, int seconds) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = running,
        QueueLimit = queued,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>The endpoint filter that holds a request to the gate.</summary>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var client = context.RequestAborted;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(client);
        deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
        context.Features.Set<IRequestDeadlineFeature>(new RequestDeadline(deadline.Token, client));
        context.RequestAborted = deadline.Token;
        try
        {
            using var lease = await limiter.AcquireAsync(1, deadline.Token);
            if (!lease.IsAcquired)
            {
                context.Response.Headers.RetryAfter = "1";
                return Problems.Busy(plural);
            }

            return await next(invocation);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !client.IsCancellationRequested)
        {
            if (context.Response.HasStarted)
            {
                context.Abort();
                return Results.Empty;
            }

            context.Response.Headers.RetryAfter = "1";
            return Problems.TooSlow(what, seconds);
        }
    }

    public void Dispose() => limiter.Dispose();
}

/// <summary>The deadline of a request held by an <see cref="EndpointGate"/>.</summary>
internal interface IRequestDeadlineFeature
{
    /// <summary>Whether the request's time is up (rather than its client gone).</summary>
    bool Passed { get; }
}

/// <param name="Deadline">Cancelled when the time is up or the client is gone.</param>
/// <param name="Client">Cancelled when the client is gone.</param>
internal sealed record RequestDeadline(CancellationToken Deadline, CancellationToken Client) : IRequestDeadlineFeature
{
    public bool Passed => Deadline.IsCancellationRequested && !Client.IsCancellationRequested;
}
