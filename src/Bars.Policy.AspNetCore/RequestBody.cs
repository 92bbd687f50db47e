using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Bars.Policy.AspNetCore;

/// <summary>Reads request bodies within a limit, whatever server hosts the app.</summary>
internal static class RequestBody
{
    /// <summary>
    /// Throws the server's 413 at once when the declared Content-Length is over <paramref name="limit"/>, and sets the
    /// server's own limit for this request as a backstop. The limit proper is counted by the readers here, on the
    /// decoded body, whatever the server: Kestrel counts a chunked body on the wire, chunk framing included (so its
    /// limit gets twice the room), and in-memory test servers may not count at all.
    /// </summary>
    public static void Limit(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit) throw TooLarge(limit);
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit > long.MaxValue / 2 ? null : 2 * limit;
    }

    /// <summary>The exception Kestrel itself throws for a body over its limit; callers map it to a problem.</summary>
    public static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>
    /// The whole body, or <see cref="BadHttpRequestException"/> (413) past <paramref name="limit"/> bytes. Copies out
    /// as it reads: a PipeReader left holding the whole body unconsumed stalls once it reaches the server's buffer size.
    /// </summary>
    public static async Task<byte[]> ReadToEndAsync(HttpContext context, long limit)
    {
        Limit(context, limit);
        var reader = context.Request.BodyReader;
        var body = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await reader.ReadAsync(context.RequestAborted);
            var buffer = result.Buffer;
            if (body.WrittenCount + buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                throw TooLarge(limit);
            }

            foreach (var segment in buffer) body.Write(segment.Span);
            reader.AdvanceTo(buffer.End);
            if (result.IsCompleted) return body.WrittenSpan.ToArray();
        }
    }

    /// <summary>True when the body has no bytes at all; consumes nothing.</summary>
    public static async Task<bool> IsEmptyAsync(PipeReader reader, CancellationToken cancel)
    {
        var result = await reader.ReadAsync(cancel);
        var empty = result.IsCompleted && result.Buffer.IsEmpty;
        reader.AdvanceTo(result.Buffer.Start);
        return empty;
    }
}
