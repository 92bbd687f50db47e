using System.Globalization;
using System.Net;
using System.Text;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>compare --report report.html</c>: one self-contained HTML page (no script, no stylesheet or font to fetch:
/// it opens without a network) with the summary tables (by region, by month, status moves) and three charts drawn by OxyPlot's SVG exporter (managed
/// code only, no native graphics library) and embedded as inline SVG: the determined cost by region before and
/// after, the enlistment outcomes before → after, and the entitlement and obligation status changes.
/// </summary>
internal static class ComparisonReport
{
    private const double Width = 900;

    public static string Render(PolicyComparison c, IReadOnlyList<ReformParameter> reform)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Reform comparison</title>\n<style>\n")
            .Append("body{font-family:sans-serif;margin:2em;max-width:1200px;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #bbb;padding:.25em .6em}td.n{text-align:right}th{background:#eee}figure{margin:1.5em 0}p.note{color:#555;max-width:60em}\n")
            .Append("</style>\n</head>\n<body>\n<h1>Reform comparison</h1>\n");
        html.Append("<h2>The reform</h2>\n<table>\n<tr><th>Region</th><th>Parameter</th><th>Value</th><th>From</th><th>To</th><th>Citation</th></tr>\n");
        foreach (var p in reform)
        {
            html.Append("<tr><td>").Append(E(p.Region)).Append("</td><td>").Append(E(p.Parameter.ToString())).Append("</td><td class=\"n\">").Append(N(p.Value))
                .Append("</td><td>").Append(D(p.EffectiveFrom)).Append("</td><td>").Append(p.EffectiveTo is { } to ? D(to) : "").Append("</td><td>")
                .Append(E(p.Citation?.Id ?? "")).Append(": “").Append(E(p.Citation?.Quote ?? "")).Append("”</td></tr>\n");
        }

        html.Append("</table>\n<h2>Summary</h2>\n<p>")
            .Append(E(string.Create(CultureInfo.InvariantCulture, $"{c.Cases:N0} cases ({c.Invalid:N0} invalid, left out); {c.CasesChanged:N0} change; {c.Cost.CasesWithoutContract:N0} without a contract (counted apart). Measured cost rises for {c.Cost.Rises:N0} cases and falls for {c.Cost.Falls:N0}; an amount is newly determined in {c.Cost.NewlyDetermined:N0} cases and newly Undetermined in {c.Cost.NewlyUndetermined:N0}.")))
            .Append("</p>\n<p class=\"note\">").Append(E(ComparisonMarkdown.CostDefinition)).Append("</p>\n");
        if (c.CostsOverflowed) html.Append("<p><strong>The cost totals overflowed</strong> and leave out the cases from the first that did not fit.</p>\n");
        RegionTable(html, c);
        html.Append("<figure id=\"cost-by-region\">\n").Append(Svg(CostChart(c))).Append("\n<figcaption>Determined cost by region, before and after (RUB).</figcaption>\n</figure>\n");
        html.Append("<figure id=\"outcome-moves\">\n").Append(Svg(MovesChart("Enlistment outcome, before → after (cases)", c.Moves.Where(m => m.What == "Enlistment").ToArray(), withKind: false)))
            .Append("\n<figcaption>Enlistment outcomes (Eligible, Ineligible, Undetermined) before → after, staying included.</figcaption>\n</figure>\n");
        var changed = c.Moves.Where(m => m.What != "Enlistment" && m.Before != m.After).ToArray();
        if (changed.Length == 0)
        {
            html.Append("<p id=\"status-changes\">No entitlement or obligation changes status.</p>\n");
        }
        else
        {
            html.Append("<figure id=\"status-changes\">\n").Append(Svg(MovesChart("Entitlement and obligation status changes (cases)", changed, withKind: true)))
                .Append("\n<figcaption>Each entitlement or obligation whose status changes, before → after.</figcaption>\n</figure>\n");
        }
        MonthTable(html, c);
        MovesTable(html, c);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void RegionTable(StringBuilder html, PolicyComparison c)
    {
        html.Append("<table id=\"by-region\">\n<tr><th>Region</th><th>Cases</th><th>Changed</th><th>No contract</th><th>Cost before</th><th>Cost after</th><th>Measured change</th>")
            .Append("<th>Newly determined</th><th>Newly Undetermined</th><th>Undetermined before (cases)</th><th>Undetermined after (cases)</th><th>Rises</th><th>Falls</th></tr>\n");
        foreach (var r in c.ByRegion) Row(html, E(r.Region), r.Cases, r.CasesChanged, r.Cost);
        Row(html, "<strong>All</strong>", c.Cases - c.Invalid, c.CasesChanged, c.Cost);
        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, string region, long cases, long changed, CostSummary k)
    {
        html.Append("<tr><td>").Append(region).Append("</td>");
        foreach (var cell in new[]
        {
            N(cases), N(changed), N(k.CasesWithoutContract), N(k.CostBeforeRub), N(k.CostAfterRub), ComparisonMarkdown.Signed(k.MeasuredChangeRub),
            N(k.NewlyDeterminedRub), N(k.NewlyUndeterminedRub), N(k.UndeterminedBefore), N(k.UndeterminedAfter), N(k.Rises), N(k.Falls),
        })
        {
            html.Append("<td class=\"n\">").Append(cell).Append("</td>");
        }

        html.Append("</tr>\n");
    }

    private static void MonthTable(StringBuilder html, PolicyComparison c)
    {
        html.Append("<h2>Cost by month</h2>\n<table id=\"by-month\">\n<tr><th>Month</th><th>Region</th><th>Cost before</th><th>Cost after</th><th>Change</th>")
            .Append("<th>Undetermined before (cases)</th><th>Undetermined after (cases)</th></tr>\n");
        foreach (var m in c.ByMonth)
        {
            html.Append("<tr><td>").Append(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(m.Region)).Append("</td>");
            foreach (var cell in new[] { N(m.CostBeforeRub), N(m.CostAfterRub), ComparisonMarkdown.Signed(m.CostAfterRub - m.CostBeforeRub), N(m.UndeterminedBefore), N(m.UndeterminedAfter) })
            {
                html.Append("<td class=\"n\">").Append(cell).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void MovesTable(StringBuilder html, PolicyComparison c)
    {
        html.Append("<h2>Status moves</h2>\n<table id=\"moves\">\n<tr><th>Outcome</th><th>Before</th><th>After</th><th>Cases</th></tr>\n");
        foreach (var m in c.Moves)
        {
            html.Append("<tr><td>").Append(E(m.What)).Append("</td><td>").Append(E(m.Before)).Append("</td><td>").Append(E(m.After)).Append("</td><td class=\"n\">").Append(N(m.Cases)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static PlotModel CostChart(PolicyComparison c)
    {
        var model = Model("Determined cost by region (RUB)");
        var regions = c.ByRegion.Select(r => r.Region).ToArray();
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, ItemsSource = regions, StartPosition = 1, EndPosition = 0 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, MinimumPadding = 0, MaximumPadding = 0.2, AbsoluteMinimum = 0, StringFormat = "#,0", Title = "RUB" });
        Margins(model, regions);
        model.Series.Add(Bars("Before", OxyColor.FromRgb(0x88, 0x99, 0xaa), c.ByRegion.Select(r => (double)r.Cost.CostBeforeRub)));
        model.Series.Add(Bars("After", OxyColor.FromRgb(0x22, 0x66, 0xaa), c.ByRegion.Select(r => (double)r.Cost.CostAfterRub)));
        return model;
    }

    private static PlotModel MovesChart(string title, IReadOnlyList<StatusMove> moves, bool withKind)
    {
        var model = Model(title);
        var labels = moves.Select(m => (withKind ? m.What + ": " : "") + m.Before + " → " + m.After).ToArray();
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, ItemsSource = labels, StartPosition = 1, EndPosition = 0 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, MinimumPadding = 0, MaximumPadding = 0.15, AbsoluteMinimum = 0, StringFormat = "#,0", Title = "cases" });
        Margins(model, labels);
        model.Series.Add(Bars("Cases", OxyColor.FromRgb(0x22, 0x66, 0xaa), moves.Select(m => (double)m.Cases)));
        model.IsLegendVisible = false;
        return model;
    }

    private static PlotModel Model(string title)
    {
        var model = new PlotModel { Title = title, DefaultFont = "sans-serif", TitleFontSize = 14 };
        model.Legends.Add(new Legend { LegendPosition = LegendPosition.TopCenter, LegendPlacement = LegendPlacement.Outside, LegendOrientation = LegendOrientation.Horizontal });
        return model;
    }

    // Room on the left for the longest category label: the exporter's text measurer does not reserve it.
    private static void Margins(PlotModel model, IEnumerable<string> labels) =>
        model.PlotMargins = new OxyThickness(Math.Min(480, 20 + (7.5 * labels.DefaultIfEmpty("").Max(l => l.Length))), double.NaN, 30, double.NaN);

    private static BarSeries Bars(string title, OxyColor color, IEnumerable<double> values)
    {
        var series = new BarSeries { Title = title, FillColor = color, LabelFormatString = "{0:#,0}", LabelPlacement = LabelPlacement.Outside };
        foreach (var v in values) series.Items.Add(new BarItem(v));
        return series;
    }

    // The chart as an <svg> element only (no XML declaration or doctype), sized to its bars.
    private static string Svg(PlotModel model)
    {
        var rows = model.Axes.OfType<CategoryAxis>().Single().ItemsSource.Cast<object>().Count();
        var height = Math.Max(160, 90 + (rows * 22 * Math.Max(1, model.Series.Count)));
        var svg = SvgExporter.ExportToString(model, Width, height, isDocument: false, textMeasurer: null, useVerticalTextAlignmentWorkaround: false);

        // Inline SVG is an element of the page: the exporter's XML declaration has no place there.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return svg[start..].Trim();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string N(decimal n) => n.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
