using System.Net.Sockets;
using System.Text;

namespace Bars.Policy.WebHost.Tests.Support;

/// <summary>
/// A batch sent by hand over HTTP/1.1 on a real socket, its body chunked and sent piece by piece: HttpClient (and
/// the in-memory test server's client) wait for a request to end before they read its answer.
/// </summary>
internal sealed class RawBatch : IDisposable
{
    private readonly TcpClient socket = new();
    private readonly StringBuilder received = new();
    private readonly byte[] buffer = new byte[64 * 1024];
    private NetworkStream stream = null!;

    public string Received => received.ToString();

    public static async Task<RawBatch> StartAsync(Uri server, byte[] first)
    {
        var batch = new RawBatch();
        await batch.socket.ConnectAsync(server.Host, server.Port);
        batch.stream = batch.socket.GetStream();
        await batch.SendAsync($"POST /decisions/batch HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n");
        await batch.ChunkAsync(first);
        return batch;
    }

    /// <summary>Starts one case for <c>POST /decisions</c> declaring <paramref name="length"/> bytes and sending only <paramref name="first"/>.</summary>
    public static async Task<RawBatch> StartCaseAsync(Uri server, long length, byte[] first)
    {
        var request = new RawBatch();
        await request.socket.ConnectAsync(server.Host, server.Port);
        request.stream = request.socket.GetStream();
        await request.SendAsync($"POST /decisions HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n");
        await request.stream.WriteAsync(first);
        return request;
    }

    /// <summary>Sends <paramref name="data"/> as it is, unframed (the rest of a body with a Content-Length).</summary>
    public async Task SendRawAsync(byte[] data) => await stream.WriteAsync(data);

    public async Task ChunkAsync(byte[] data)
    {
        await SendAsync($"{data.Length:X}\r\n");
        await stream.WriteAsync(data);
        await SendAsync("\r\n");
    }

    public Task EndAsync() => SendAsync("0\r\n\r\n");

    /// <summary>Reads the answer until it holds <paramref name="text"/> (or ends with it, when <paramref name="atEnd"/>).</summary>
    public async Task ReadUntilAsync(string text, bool atEnd = false)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!(atEnd ? Received.EndsWith(text, StringComparison.Ordinal) : Received.Contains(text, StringComparison.Ordinal)))
        {
            var n = await stream.ReadAsync(buffer, deadline.Token);
            Assert.True(n > 0, $"the connection closed before the answer held {text}: {Received}");
            received.Append(Encoding.UTF8.GetString(buffer, 0, n));
        }
    }

    /// <summary>Reads the answer until the server closes the connection (or cuts it); false if it is still open after 20 s.</summary>
    public async Task<bool> ReadToCloseAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer, deadline.Token)) > 0) received.Append(Encoding.UTF8.GetString(buffer, 0, n));
            return true;
        }
        catch (IOException)
        {
            return true; // reset by the server
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => socket.Dispose();

    private async Task SendAsync(string text) => await stream.WriteAsync(Encoding.ASCII.GetBytes(text));
}
