using OpenQA.Selenium.Chrome;

namespace Bars.Policy.Explorer.Tests.Support;

/// <summary>
/// The system's Chromium, headless, through its chromedriver: both found on PATH (or named by BARS_CHROMIUM and
/// BARS_CHROMEDRIVER). Missing, they are a failure that says how to install them, never a skip: a browser test
/// that does not run must not look like one that passed.
/// </summary>
internal static class Browser
{
    public static ChromeDriver Start()
    {
        var chromium = Environment.GetEnvironmentVariable("BARS_CHROMIUM") ?? OnPath("chromium", "chromium-browser", "google-chrome");
        var driver = Environment.GetEnvironmentVariable("BARS_CHROMEDRIVER") ?? OnPath("chromedriver");
        if (chromium is null || driver is null)
        {
            throw new InvalidOperationException(
                $"The explorer's browser tests need Chromium and chromedriver; not found: {(chromium is null ? "chromium (or chromium-browser, google-chrome) " : "")}{(driver is null ? "chromedriver " : "")}on PATH. " +
                "Run build/test, which installs them on Debian (apt-get install -y chromium chromium-driver), or set BARS_CHROMIUM and BARS_CHROMEDRIVER.");
        }

        var options = new ChromeOptions { BinaryLocation = chromium };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--lang=en-US", "--window-size=1280,1000",
            // Offline, as the page must work: every host but the loopback one the test host listens on is unresolvable.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
    }

    private static string? OnPath(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
        {
            foreach (var folder in folders)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path)) return path;
            }
        }

        return null;
    }
}
