using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bars.Policy.WebHost.Tests.Support;

internal static class Http
{
    public const string ProblemJson = "application/problem+json";

    public static Task<HttpResponseMessage> PostCaseAsync(this HttpClient client, string body, string path = "/decisions") =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostLinesAsync(this HttpClient client, string body) =>
        client.PostAsync("/decisions/batch", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

    /// <summary>Reads a problem-details answer, checking its status and content type.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        return problem;
    }

    /// <summary>The problem's <c>errors</c> extension as (path, message) pairs.</summary>
    public static IReadOnlyList<(string Path, string Message)> Errors(this JsonObject problem) =>
        problem["errors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["message"]!.GetValue<string>())).ToList();

    /// <summary>One case as a single JSON line, with a caseId of our choosing.</summary>
    public static string CaseLine(string caseId)
    {
        var node = JsonNode.Parse(Repo.Sample("bryansk-case.json"))!.AsObject();
        node["caseId"] = caseId;
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>A body sent without a Content-Length (chunked on a real server), in 16 KiB pieces.</summary>
    public sealed class Unsized : HttpContent
    {
        private readonly byte[] body;

        public Unsized(byte[] body, string mediaType = "application/json")
        {
            this.body = body;
            Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var i = 0; i < body.Length; i += 16 * 1024)
            {
                await stream.WriteAsync(body.AsMemory(i, Math.Min(16 * 1024, body.Length - i)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
