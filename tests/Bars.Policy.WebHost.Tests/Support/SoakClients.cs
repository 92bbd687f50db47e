using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bars.Policy.WebHost.Tests.Support;

/// <summary>The clients of the soak test's hostile load, each bounded in what it sends and how long it takes; they
/// speak only HTTP to the host.</summary>
internal static class SoakClients
{
    /// <summary>A case whose <paramref name="injuries"/> injuries are each the wrong type: one error apiece.</summary>
    public static string CaseWithWrongInjuries(string caseId, int injuries)
    {
        var node = JsonNode.Parse(Http.CaseLine(caseId))!.AsObject();
        node["injuries"] = new JsonArray([.. Enumerable.Range(0, injuries).Select(_ => (JsonNode?)JsonValue.Create(1))]);
        return node.ToJsonString();
    }

    /// <summary>Posts one case with many errors; returns the size of its problem body (checked to be a 400).</summary>
    public static async Task<long> PostErrorCaseAsync(HttpClient client, string body, CancellationToken stop)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/decisions", content, stop);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(stop)).LongLength;
    }

    /// <summary>Posts a batch (<paramref name="content"/>) and counts the answer's lines as they stream, without holding them.</summary>
    public static async Task<long> PostBatchAsync(HttpClient client, HttpContent content, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/decisions/batch") { Content = content };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(stop);
        var buffer = new byte[64 * 1024];
        long count = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer, stop)) > 0) count += buffer.AsSpan(0, n).Count((byte)'\n');
        return count;
    }

    /// <summary>
    /// Sends a whole batch (<paramref name="body"/>, JSON Lines) on a raw socket, reading as it sends so that neither
    /// side waits on the other, and goes away once the body is sent and the answer to <paramref name="firstCaseId"/>
    /// has come: the rest of the answer is still streaming.
    /// </summary>
    public static async Task DisconnectMidAnswerAsync(Uri server, byte[] body, string firstCaseId, CancellationToken stop)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(server.Host, server.Port, stop);
        var stream = socket.GetStream();
        var head = Encoding.ASCII.GetBytes($"POST /decisions/batch HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/x-ndjson\r\nContent-Length: {body.Length}\r\n\r\n");
        var sending = Task.Run(
            async () =>
            {
                await stream.WriteAsync(head, stop);
                await stream.WriteAsync(body, stop);
            },
            stop);

        var buffer = new byte[16 * 1024];
        var seen = new StringBuilder();
        var begun = false;
        while (!(begun && sending.IsCompleted))
        {
            // A read that waits 10 s means the whole answer came already: the client goes then.
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
            wait.CancelAfter(TimeSpan.FromSeconds(10));
            int n;
            try
            {
                n = await stream.ReadAsync(buffer, wait.Token);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                break;
            }

            Assert.True(n > 0, "the host closed the connection before its answer");
            if (!begun)
            {
                seen.Append(Encoding.UTF8.GetString(buffer, 0, n));
                begun = seen.ToString().Contains($"\"{firstCaseId}\"", StringComparison.Ordinal);
            }
        }

        await sending;
        Assert.StartsWith("HTTP/1.1 200", seen.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A batch body sent a line at a time, <paramref name="pause"/> between lines: a slow client, still above
    /// Kestrel's minimum data rate (a case line is about 600 bytes).
    /// </summary>
    public sealed class SlowLines : HttpContent
    {
        private readonly IReadOnlyList<byte[]> lines;
        private readonly TimeSpan pause;

        public SlowLines(IEnumerable<string> lines, TimeSpan pause)
        {
            this.lines = lines.Select(l => Encoding.UTF8.GetBytes(l + "\n")).ToArray();
            this.pause = pause;
            Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var line in lines)
            {
                await stream.WriteAsync(line);
                await stream.FlushAsync();
                await Task.Delay(pause);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
