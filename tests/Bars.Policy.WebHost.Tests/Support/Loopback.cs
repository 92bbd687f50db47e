using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Bars.Policy.WebHost.Tests.Support;

/// <summary>The sample host on a real Kestrel port on 127.0.0.1, for what an in-memory server cannot show.</summary>
internal static class Loopback
{
    /// <summary>Starts the host with <paramref name="settings"/> (configuration keys and values) and a client for it.</summary>
    public static (WebApplicationFactory<Program> Host, HttpClient Client) Start(params (string Key, string Value)[] settings) => Start(null, settings);

    /// <summary>As <see cref="Start(ValueTuple{string, string}[])"/>, the host's warnings and errors kept in <paramref name="logs"/>.</summary>
    public static (WebApplicationFactory<Program> Host, HttpClient Client) Start(LogCapture? logs, params (string Key, string Value)[] settings)
    {
        var host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            if (logs is not null) b.ConfigureLogging(l => l.AddProvider(logs));
        });
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var client = host.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        return (host, client);
    }
}
