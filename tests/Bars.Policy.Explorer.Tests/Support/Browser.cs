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
        var chromium = Find("BARS_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        var driver = Find("BARS_CHROMEDRIVER", "chromedriver");
        if (chromium is null || driver is null)
        {
            throw new InvalidOperationException(
                $"The explorer's browser tests need Chromium and chromedriver; not found: {(chromium is null ? "chromium (BARS_CHROMIUM, or chromium, chromium-browser, google-chrome on PATH) " : "")}" +
                $"{(driver is null ? "chromedriver (BARS_CHROMEDRIVER, or chromedriver on PATH)" : "")}. " +
                "Run build/test, which installs them on Debian (apt-get install -y chromium chromium-driver).");
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

    // The file the variable names (when set, it alone counts), else the first of the names on PATH.
    private static string? Find(string variable, params string[] names)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set) return File.Exists(set) ? set : null;

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
