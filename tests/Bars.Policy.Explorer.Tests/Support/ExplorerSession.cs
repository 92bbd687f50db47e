using System.Drawing;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Bars.Policy.Explorer.Tests.Support;

/// <summary>The browser tests share one host (on a free port of 127.0.0.1) and one headless Chromium.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerSession>
{
    public const string Name = "Explorer in a browser";
}

/// <summary>
/// The sample web host on a real Kestrel port, a headless Chromium pointed at it, and the screenshots of the run
/// (in TestResults/explorer-screenshots at the repository's root, which git ignores).
/// </summary>
public sealed class ExplorerSession : IDisposable
{
    private readonly WebApplicationFactory<Program> host;

    public ExplorerSession()
    {
        host = new WebApplicationFactory<Program>();
        host.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        Engine = host.Services.GetRequiredService<PolicyEngine>();
        Screenshots = Repo.Path("TestResults", "explorer-screenshots");
        Directory.CreateDirectory(Screenshots);
        try
        {
            Driver = Browser.Start();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        Driver.Manage().Timeouts().ImplicitWait = TimeSpan.FromSeconds(5);
    }

    /// <summary>Where the host listens (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The host's own engine, for what a decision should say.</summary>
    public PolicyEngine Engine { get; }

    /// <summary>The browser.</summary>
    public ChromeDriver Driver { get; }

    /// <summary>The folder the screenshots go to.</summary>
    public string Screenshots { get; }

    /// <summary>Opens a page of the host with a desktop-sized window.</summary>
    public void Open(string path)
    {
        Driver.ExecuteCdpCommand("Emulation.clearDeviceMetricsOverride", []);
        Driver.Manage().Window.Size = new Size(1280, 1000);
        Driver.Navigate().GoToUrl(new Uri(BaseUrl, path));
    }

    /// <summary>Waits (up to ten seconds) until <paramref name="condition"/> holds.</summary>
    public T Until<T>(Func<IWebDriver, T> condition)
    {
        var wait = new WebDriverWait(Driver, TimeSpan.FromSeconds(10));

        // While a page is being left for the next, what was found on it may go before it is read.
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(UnknownErrorException));
        return wait.Until(condition);
    }

    /// <summary>Saves the whole page (not only the window) as <paramref name="name"/>.png.</summary>
    public string Screenshot(string name)
    {
        var width = Convert.ToInt64(Driver.ExecuteScript("return document.documentElement.clientWidth"), System.Globalization.CultureInfo.InvariantCulture);
        var height = Convert.ToInt64(Driver.ExecuteScript("return document.documentElement.scrollHeight"), System.Globalization.CultureInfo.InvariantCulture);
        var shot = (Dictionary<string, object?>?)Driver.ExecuteCdpCommand("Page.captureScreenshot", new Dictionary<string, object?>
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new Dictionary<string, object?> { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = Math.Min(height, 8000), ["scale"] = 1 },
        });
        var path = Path.Combine(Screenshots, name + ".png");
        File.WriteAllBytes(path, Convert.FromBase64String((string)shot!["data"]!));
        return path;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
        host.Dispose();
    }
}
