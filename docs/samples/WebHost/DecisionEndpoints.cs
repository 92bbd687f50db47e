using System.Buffers;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bars.Policy.Samples.WebHost;

/// <summary><c>POST /decisions</c> (one case) and <c>POST /decisions/batch</c> (JSON Lines).</summary>
internal static class DecisionEndpoints
{
    private const string JsonLines = "application/x-ndjson";

    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/decisions", DecideAsync);
        app.MapPost("/decisions/batch", DecideBatchAsync);
        return app;
    }

    /// <summary>
    /// One case in the JSON contract → 200 with the decision exactly as <see cref="PolicyJson.Write(PolicyDecision, bool)"/>
    /// writes it; an unreadable or invalid case → 400 problem details listing the errors; too large → 413.
    /// </summary>
    private static async Task<IResult> DecideAsync(HttpContext context, PolicyEngine engine, IOptions<DecisionLimits> limits)
    {
        var limit = limits.Value.MaxCaseBytes;
        byte[] body;
        try
        {
            body = await RequestBody.ReadToEndAsync(context, limit);
        }
        catch (BadHttpRequestException ex)
        {
            return Problems.Unreadable(ex, limit);
        }

        var decision = engine.EvaluateJson(body);

        return decision.IsValid
            ? Results.Content(PolicyJson.Write(decision), "application/json", Encoding.UTF8)
            : Problems.InvalidCase(decision);
    }

    /// <summary>
    /// JSON Lines in → 200 with JSON Lines out, one decision per input line in input order, streamed as they are
    /// decided; a line that cannot be read or is invalid is answered with a decision carrying errors. An empty body
    /// → 400; a body over the limit → 413 if nothing has been answered yet, else the connection is cut short.
    /// </summary>
    private static async Task DecideBatchAsync(HttpContext context, PolicyEngine engine, IOptions<DecisionLimits> limits)
    {
        var cancel = context.RequestAborted;
        var maxBody = limits.Value.MaxBatchBytes;
        var response = context.Response;
        var written = false;
        try
        {
            RequestBody.Limit(context, maxBody);
            if (await RequestBody.IsEmptyAsync(context.Request.BodyReader, cancel))
            {
                await Problems.EmptyBatch().ExecuteAsync(context);
                return;
            }

            var lines = new JsonLinesCases(context.Request.BodyReader, limits.Value.MaxCaseBytes, maxBody);
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = JsonLines;
            var output = response.BodyWriter;

            // Each decision is written as JSON in the engine's workers; this loop only copies the bytes out in order.
            var answers = engine.EvaluateMany(lines.ReadAsync(cancel), static r => Encoding.UTF8.GetBytes(PolicyJson.Write(r.Decision)), cancellationToken: cancel);
            await using var results = answers.GetAsyncEnumerator(cancel);
            while (true)
            {
                // Send what is written whenever the next answer is not ready yet, so the client sees progress.
                var next = results.MoveNextAsync();
                if (!next.IsCompleted && written && (await output.FlushAsync(cancel)).IsCompleted) return;
                if (!await next) break;

                output.Write(results.Current);
                output.Write("\n"u8);
                written = true;
            }

            await output.FlushAsync(cancel);
        }
        catch (BadHttpRequestException ex) when (!written && !response.HasStarted)
        {
            await Problems.Unreadable(ex, maxBody).ExecuteAsync(context);
        }
        catch (BadHttpRequestException)
        {
            // Some answers are already out: a 413 can no longer be sent, and a stream that stops short would look
            // complete. Cut the connection so the client sees an error.
            context.Abort();
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The client went away.
        }
    }
}
