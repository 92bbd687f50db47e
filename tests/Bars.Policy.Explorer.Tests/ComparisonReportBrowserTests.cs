extern alias cli;

using System.Globalization;
using System.Text.Json;
using Bars.Policy.Explorer.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Bars.Policy.Explorer.Tests;

/// <summary>
/// <c>bars-policy compare --report</c> opened in Chromium at 1,280 px, as a reader sees it: every bar and point of
/// every chart is on the page (not clipped away: a hit test at its centre finds it) and has its label beside it,
/// no two texts of a chart overlap, nothing scrolls sideways; the page is saved as a screenshot
/// (TestResults/report-screenshots) to be looked at.
/// </summary>
public sealed class ComparisonReportBrowserTests : IDisposable
{
    // A reform with every kind of move: Bryansk paid less from 2025 (measured falls), Kursk's silent rate stated
    // (newly determined money), Belgorod unchanged.
    private const string Reform = """
        { "parameters": [
          { "region": "Bryansk", "parameter": "MonthlyPayRub", "value": 30000, "effectiveFrom": "2025-01-01", "effectiveTo": null,
            "citation": { "id": "Test reform (fictitious)", "quote": "Bryansk's monthly rate is 30,000 roubles from 2025." } },
          { "region": "Kursk", "parameter": "MonthlyPayRub", "value": 50000, "effectiveFrom": "2024-01-01", "effectiveTo": null,
            "citation": { "id": "Test reform (fictitious)", "quote": "Kursk members are paid 50,000 roubles a month." } }
        ] }
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "bars-report-browser-" + Guid.NewGuid().ToString("N"));
    private readonly ChromeDriver driver;

    public ComparisonReportBrowserTests()
    {
        Directory.CreateDirectory(folder);
        driver = Browser.Start();
    }

    [Fact]
    public void Every_bar_and_point_is_visible_and_labelled_no_text_overlaps_and_nothing_scrolls_sideways()
    {
        var report = Path.Combine(folder, "report.html");
        var cases = Run("population", "--size", "3000", "--seed", "11");
        File.WriteAllText(Path.Combine(folder, "cases.jsonl"), cases);
        File.WriteAllText(Path.Combine(folder, "reform.json"), Reform);
        var summary = Run("compare", "--reform", Path.Combine(folder, "reform.json"), Path.Combine(folder, "cases.jsonl"), "--report", report, "--period", "2025");
        using (var json = JsonDocument.Parse(summary))
        {
            var cost = json.RootElement.GetProperty("cost");
            Assert.True(cost.GetProperty("falls").GetInt64() > 0, "the test's reform makes some measured costs fall");
            Assert.True(cost.GetProperty("newlyDetermined").GetInt64() > 0, "and some amounts newly determined");
        }

        driver.Manage().Window.Size = new System.Drawing.Size(1280, 1000);
        driver.Navigate().GoToUrl(new Uri(report).AbsoluteUri);

        Assert.True(Number("return document.documentElement.scrollWidth") <= Number("return document.documentElement.clientWidth"), "the page scrolls sideways at 1,280 px");
        var figures = driver.FindElements(By.CssSelector("figure svg"));
        Assert.Equal(4, figures.Count);                     // by region, enlistment moves, status changes, by month

        var problems = new List<string>();
        foreach (var svg in figures)
        {
            var id = svg.FindElement(By.XPath("..")).GetAttribute("id");
            ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].scrollIntoView({block:'center'})", svg);
            var found = (IReadOnlyCollection<object>?)((IJavaScriptExecutor)driver).ExecuteScript(Checks, svg) ?? [];
            problems.AddRange(found.Select(p => $"{id}: {p}"));
        }

        ((IJavaScriptExecutor)driver).ExecuteScript("window.scrollTo(0, 0)");
        var shot = Screenshot("compare-report");
        Assert.True(new FileInfo(shot).Length > 0);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // In the page: the marks of one chart (bars: filled rects outside <defs>; points: the line's markers) and its
    // texts; what is wrong with them, as sentences.
    private const string Checks = """
        const svg = arguments[0], problems = [];
        const box = e => e.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '');
        const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++)
            if (overlap(box(texts[i]), box(texts[j]))) problems.push(`"${texts[i].textContent}" overlaps "${texts[j].textContent}"`);
        // Each text whole inside the area its group is clipped to (a legend cut short reads as another word).
        const page = box(svg), k = svg.viewBox.baseVal.width / page.width;
        for (const t of texts) {
          const g = t.parentElement.closest('[clip-path]');
          if (!g) continue;
          const r = document.getElementById(g.getAttribute('clip-path').match(/#([^)]+)/)[1]).querySelector('rect');
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map(a => +r.getAttribute(a)), b = box(t);
          const [l, tp, rt, bt] = [(b.left - page.left) * k, (b.top - page.top) * k, (b.right - page.left) * k, (b.bottom - page.top) * k];
          if (l < x - 0.5 || rt > x + w + 0.5 || tp < y - 0.5 || bt > y + h + 0.5) problems.push(`"${t.textContent}" is cut off`);
        }
        const filled = e => { const f = getComputedStyle(e).fill; return f && f !== 'none' && f !== 'rgb(255, 255, 255)'; };
        const bars = [...svg.querySelectorAll('rect')].filter(r => !r.closest('defs') && filled(r));
        for (const r of bars) {
          const b = box(r), cy = (b.top + b.bottom) / 2;
          if (b.width >= 1 && b.height >= 1) {
            const hit = document.elementFromPoint((b.left + b.right) / 2, cy);
            if (hit !== r) problems.push(`a bar at (${Math.round(b.left)}, ${Math.round(b.top)}) is hidden (hit: ${hit && hit.tagName})`);
          }
          // Its label: level with it, at most 14 px off its end, and not over the bar (a bar of 0 has its label on its line).
          const label = texts.find(t => { const l = box(t), ty = (l.top + l.bottom) / 2;
            const gap = Math.max(l.left - b.right, b.left - l.right), over = Math.min(l.right, b.right) - Math.max(l.left, b.left);
            return ty >= b.top - 3 && ty <= b.bottom + 3 && gap <= 14 && (b.width < 1 || over <= 1); });
          if (!label) problems.push(`a bar at (${Math.round(b.left)}, ${Math.round(b.top)}) has no label beside it`);
        }
        const markers = [...svg.querySelectorAll('ellipse, circle, polygon')].filter(m => !m.closest('defs') && filled(m));
        for (const m of markers) {
          // Seen when the browser finds it at its centre or just inside its edge (where a line or a smaller marker crosses it).
          const b = box(m), cx = (b.left + b.right) / 2, cy = (b.top + b.bottom) / 2;
          const seen = [[cx, cy], [cx, b.top + 1], [cx, b.bottom - 1], [b.left + 1, cy], [b.right - 1, cy]].some(([x, y]) => document.elementFromPoint(x, y) === m);
          if (!seen) problems.push(`a point at (${Math.round(b.left)}, ${Math.round(b.top)}) is hidden`);
        }
        if (bars.length + markers.length === 0) problems.push('no bar or point drawn');
        const legend = [...svg.parentElement.querySelectorAll('ul.legend li')].map(li => li.textContent);
        if (markers.length > 0) for (const name of ['Before', 'After'])
          if (!legend.includes(name)) problems.push(`no legend names the ${name} line`);
        return problems;
        """;

    private double Number(string script) => Convert.ToDouble(((IJavaScriptExecutor)driver).ExecuteScript(script), CultureInfo.InvariantCulture);

    private string Screenshot(string name)
    {
        var folderOfShots = Repo.Path("TestResults", "report-screenshots");
        Directory.CreateDirectory(folderOfShots);
        // The page down to its last chart (the month table below it runs to thousands of pixels).
        var height = Number("const f = document.querySelectorAll('figure'); return Math.ceil(f[f.length - 1].getBoundingClientRect().bottom + window.scrollY + 16)");
        var shot = (Dictionary<string, object?>?)driver.ExecuteCdpCommand("Page.captureScreenshot", new Dictionary<string, object?>
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new Dictionary<string, object?> { ["x"] = 0, ["y"] = 0, ["width"] = 1280, ["height"] = Math.Min(height, 8000), ["scale"] = 1 },
        });
        var path = Path.Combine(folderOfShots, name + ".png");
        File.WriteAllBytes(path, Convert.FromBase64String((string)shot!["data"]!));
        return path;
    }

    // The tool in-process, as its tests run it; its standard output.
    private static string Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = new cli::Bars.Policy.Cli.CliApp(new MemoryStream(), output, error).Run(args);
        Assert.True(exit == 0, error.ToString());
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    public void Dispose()
    {
        driver.Quit();
        driver.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
