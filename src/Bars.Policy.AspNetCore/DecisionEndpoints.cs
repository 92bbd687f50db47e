using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bars.Policy.AspNetCore;

/// <summary><c>POST decisions</c> (one case) and <c>POST decisions/batch</c> (JSON Lines).</summary>
internal static class DecisionEndpoints
{
    private const int FlushEvery = 64 * 1024;

    /// <summary>
    /// One case in the JSON contract → 200 with the decision exactly as <see cref="PolicyJson.Write(PolicyDecision, bool)"/>
    /// writes it; an unreadable or invalid case → 400 problem details listing the errors; too large → 413; not
    /// application/json, or UTF-16 → 415; a case the policy could not evaluate (a host rule's defect) → 500 naming it.
    /// </summary>
    public static async Task<IResult> DecideAsync(HttpContext context, PolicyEngine engine, IOptions<BarsPolicyEndpointOptions> limits, ILoggerFactory logs)
    {
        var (body, problem) = await OneCase.ReadAsync(context, limits.Value);
        if (problem is not null) return problem;

        PolicyDecision decision;
        try
        {
            decision = engine.EvaluateJson(body);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A host rule's defect: log it for the host, answer this case alone, as a batch answers it.
            var caseId = PolicyJson.ReadCase(body).CaseId;
            logs.CreateLogger(typeof(BarsPolicyEndpoints).FullName!).LogError(ex, "The policy could not evaluate case {CaseId}.", caseId is null ? null : Problems.Echo(caseId));
            return Problems.NotEvaluated(caseId, ex);
        }

        return decision.IsValid
            ? Results.Content(PolicyJson.Write(decision), MediaTypes.Json, Encoding.UTF8)
            : Problems.InvalidCase(decision);
    }

    /// <summary>
    /// JSON Lines in → 200 with JSON Lines out, one decision per input line in input order, each sent as soon as it
    /// and every one before it are decided; a line that cannot be read or is invalid is answered with a decision
    /// carrying errors. An empty body → 400; not JSON Lines, or UTF-16 → 415; a body over the limit → 413 if nothing
    /// has been answered yet, else the connection is cut short; too many lines or blank lines → the next line is
    /// answered with an error saying so and the rest is not read. Only so many batches run at once (503 beyond).
    /// </summary>
    public static async Task DecideBatchAsync(HttpContext context, PolicyEngine engine, IOptions<BarsPolicyEndpointOptions> limits)
    {
        var cancel = context.RequestAborted;
        var maxBody = limits.Value.MaxBatchBytes;
        var response = context.Response;
        var written = false;
        if (!MediaTypes.Accepts(context.Request, MediaTypes.JsonLines, MediaTypes.JsonLinesAlias))
        {
            await Problems.UnsupportedMediaType(context.Request.ContentType, $"{MediaTypes.JsonLines} (or {MediaTypes.JsonLinesAlias})").ExecuteAsync(context);
            return;
        }

        try
        {
            RequestBody.Limit(context, maxBody);
            var start = await PeekStartAsync(context.Request.BodyReader, cancel);
            if (start.Length == 0)
            {
                await Problems.EmptyBatch().ExecuteAsync(context);
                return;
            }

            if (Utf8Input.Refusal(start) is { } utf16)
            {
                await Problems.Utf16(utf16).ExecuteAsync(context);
                return;
            }

            // Read through the body's pipe, where the peeked first bytes wait (the Body stream would skip them).
            var body = new BoundedBody(context.Request.BodyReader.AsStream(leaveOpen: true), maxBody);
            var lines = BatchInput.JsonLines(body, new JsonLinesLimits
            {
                MaxLineBytes = (int)Math.Min(limits.Value.MaxCaseBytes, JsonLinesLimits.MaxLineBytesLimit),
                MaxLines = limits.Value.MaxBatchLines,
                MaxBlankLines = limits.Value.MaxBlankLines,
            });
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = MediaTypes.JsonLines;
            var output = response.BodyWriter;

            // Each decision is written as JSON in the engine's workers; this loop only copies the bytes out in order.
            // A case the policy could not evaluate comes back as a decision with an error, like an invalid one.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var answers = engine.EvaluateMany(lines, static r => PolicyJson.WriteUtf8(r.Decision), cancellationToken: stop.Token);
            await using var results = answers.GetAsyncEnumerator(stop.Token);
            var unflushed = 0;
            while (true)
            {
                // Send what is written whenever the next answer is not ready yet (a slow or stalled body, a slow
                // case), so the client has every answer that is ready; and every FlushEvery bytes regardless, or the
                // whole response would pile up in the server's memory while answers keep coming (a slow client then
                // holds the batch back instead).
                var next = results.MoveNextAsync();
                if (unflushed > 0 && (!next.IsCompleted || unflushed >= FlushEvery))
                {
                    unflushed = 0;
                    if ((await output.FlushAsync(cancel)).IsCompleted)
                    {
                        // Nobody reads the answers any more: stop the batch, and let the pending read end before
                        // the enumerator is disposed (disposing it mid-read throws).
                        await stop.CancelAsync();
                        try
                        {
                            await next;
                        }
                        catch (OperationCanceledException)
                        {
                            // Expected: the batch was just stopped.
                        }

                        return;
                    }
                }

                if (!await next) break;

                using (var answer = results.Current)
                {
                    output.Write(answer.Memory.Span);
                    output.Write("\n"u8);
                    unflushed += answer.Memory.Length + 1;
                }

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
            if (context.Features.Get<IRequestDeadlineFeature>()?.Passed != true) return; // the client went away

            // Past the batch's time: unanswered, the timeout's 503 is sent; with answers out, a stream that stopped
            // short would look complete, so the connection is cut.
            if (!response.HasStarted) throw;
            context.Abort();
        }
    }

    // The first two bytes of the body (fewer if it is shorter), consuming nothing: the reader below reads them again.
    private static async Task<byte[]> PeekStartAsync(PipeReader reader, CancellationToken cancel)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancel);
            var buffer = result.Buffer;
            if (buffer.Length >= 2 || result.IsCompleted)
            {
                var start = buffer.Slice(0, Math.Min(2, buffer.Length)).ToArray();
                reader.AdvanceTo(buffer.Start);
                return start;
            }

            // Fewer than two bytes so far: mark them examined, so the next read waits for more.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
