using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>compare --report report.html</c>: one self-contained HTML page (no script, no stylesheet or font to fetch: it
/// opens without a network, and prints) that says where it comes from (<see cref="RunProvenance"/>), the reform, the
/// totals with the measured change and the newly determined money apart and the cases whose cost is partly unknown
/// beside every total, and four charts drawn by OxyPlot's SVG exporter (managed code only) and embedded as inline
/// SVG: what moves by region, the enlistment outcomes before → after, the status changes, and the cost by month as
/// a line chart. Amounts are in one readable unit per table or chart (<see cref="Rub"/>).
/// </summary>
internal static partial class ComparisonReport
{
    // Wide enough to read, narrow enough for a 1,280 px window with the page's margins; the SVG scales down to print.
    private const double Width = 1000;

    private static readonly OxyColor Measured = OxyColor.FromRgb(0x22, 0x66, 0xaa);
    private static readonly OxyColor Newly = OxyColor.FromRgb(0x2a, 0x9d, 0x5c);
    private static readonly OxyColor Unknown = OxyColor.FromRgb(0xc0, 0x50, 0x30);
    private static readonly OxyColor Before = OxyColor.FromRgb(0x88, 0x99, 0xaa);

    public static string Render(PolicyComparison c, IReadOnlyList<ReformParameter> reform, RunProvenance provenance, PeriodCost? period = null, IReadOnlyList<(string? Region, long[] Counts)>? spread = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Reform comparison</title>\n<style>\n")
            .Append("body{font-family:sans-serif;margin:2em;max-width:1100px;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .Append("th,td{border:1px solid #bbb;padding:.25em .5em}td.n{text-align:right;white-space:nowrap}th{background:#eee}")
            .Append("figure{margin:1.5em 0}figure svg{max-width:100%;height:auto}p.note{color:#555;max-width:60em}")
            .Append("ul.legend{list-style:none;padding:0;margin:0 0 .5em;text-align:center}ul.legend li{display:inline-block;margin:0 1em}ul.legend span{display:inline-block;width:.8em;height:.8em;margin-right:.4em}")
            .Append("table.about td{border:none;padding:.1em .6em .1em 0;font-size:.9em;overflow-wrap:anywhere}ul.key li{margin:.2em 0}")
            .Append("@media print{body{margin:0;max-width:none}figure{break-inside:avoid}}\n")
            .Append("</style>\n</head>\n<body>\n<h1>Reform comparison</h1>\n");
        About(html, provenance);
        ReformTable(html, reform);
        Key(html, c);
        if (c.CostsOverflowed) html.Append("<p><strong>The cost totals overflowed</strong> and leave out the cases from the first that did not fit.</p>\n");
        var money = Rub.For(c.ByRegion.Select(r => r.Cost).Append(c.Cost).SelectMany(k => new[] { k.CostBeforeRub, k.CostAfterRub, k.MeasuredChangeRub, k.NewlyDeterminedRub, k.NewlyUndeterminedRub }));
        MoneyTable(html, c, money);
        if (period is not null) PeriodTable(html, period);
        CasesTable(html, c);
        if (c.Weighted is not null) WeightedTable(html, c);
        if (spread is not null) SpreadTable(html, spread);
        html.Append("<p class=\"note\">").Append(E(ComparisonMarkdown.CostDefinition)).Append("</p>\n");
        var (byRegion, regionUnit) = MovesByRegion(c);
        Figure(html, "moves-by-region", byRegion, $"What the reform moves, by region ({regionUnit.Name}): the measured change (amounts determined on both sides), the money newly determined (an amount that was Undetermined: a silence filled, not a rise) and the money newly Undetermined (left out of the total after). Beside each region, how many of its cases with a contract have a cost that is partly unknown after the reform.");
        Figure(html, "outcome-moves", MovesChart("Enlistment outcome, before → after (cases)", c.Moves.Where(m => m.What == "Enlistment").ToArray(), withKind: false),
            "Enlistment outcomes (Eligible, Ineligible, Undetermined) before → after, staying included.");
        var changed = c.Moves.Where(m => m.What != "Enlistment" && m.Before != m.After).ToArray();
        if (changed.Length == 0)
        {
            html.Append("<p id=\"status-changes\">No entitlement or obligation changes status.</p>\n");
        }
        else
        {
            Figure(html, "status-changes", MovesChart("Entitlement and obligation status changes (cases)", changed, withKind: true), "Each entitlement or obligation whose status changes, before → after.");
        }

        if (c.ByMonth.Count > 0)
        {
            var (chart, unit) = MonthChart(c);
            Figure(html, "cost-by-month", chart, $"Determined cost by calendar month, all regions, before and after ({unit.Name}). A month's cost leaves out the cases whose part in it is Undetermined; the table below counts them.");
        }

        MonthTable(html, c);
        MovesTable(html, c);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void About(StringBuilder html, RunProvenance p)
    {
        html.Append("<table class=\"about\" id=\"provenance\">\n");
        AboutRow(html, "Run", p.RunAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        AboutRow(html, "Baseline policy", $"Bars.Policy {p.Baseline.LibraryVersion}, fingerprint {p.Baseline.Fingerprint}");
        if (p.Reform is { } r) AboutRow(html, "Reformed policy", $"Bars.Policy {r.LibraryVersion}, fingerprint {r.Fingerprint}");
        if (p.ReformFile is { } f) AboutRow(html, "Reform file", File(f));
        if (p.Input is { } i) AboutRow(html, "Cases", File(i));
        html.Append("</table>\n");
    }

    private static string File(FileFingerprint f) => string.Create(CultureInfo.InvariantCulture, $"{f.Name}, {f.Bytes:N0} bytes, SHA-256 {f.Sha256}");

    private static void AboutRow(StringBuilder html, string name, string value) =>
        html.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(E(value)).Append("</td></tr>\n");

    private static void ReformTable(StringBuilder html, IReadOnlyList<ReformParameter> reform)
    {
        html.Append("<h2>The reform</h2>\n<table id=\"reform\">\n<tr><th>Region</th><th>Parameter</th><th>Value</th><th>From</th><th>To</th><th>Citation</th></tr>\n");
        foreach (var p in reform)
        {
            html.Append("<tr><td>").Append(E(p.Region)).Append("</td><td>").Append(E(p.Parameter.ToString())).Append("</td><td class=\"n\">").Append(N(p.Value))
                .Append("</td><td>").Append(D(p.EffectiveFrom)).Append("</td><td>").Append(p.EffectiveTo is { } to ? D(to) : "").Append("</td><td>")
                .Append(E(p.Citation?.Id ?? "")).Append(": “").Append(E(p.Citation?.Quote ?? "")).Append("”</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    // The totals a minister reads first, each with what it leaves out beside it.
    private static void Key(StringBuilder html, PolicyComparison c)
    {
        var k = c.Cost;
        var unit = Rub.For([k.CostBeforeRub, k.CostAfterRub, k.MeasuredChangeRub, k.NewlyDeterminedRub, k.NewlyUndeterminedRub]);
        html.Append("<h2>Summary</h2>\n<ul class=\"key\" id=\"key\">\n");
        Item(html, string.Create(CultureInfo.InvariantCulture, $"{c.Cases:N0} cases: {c.Invalid:N0} invalid (left out), {c.CasesChanged:N0} change, {k.CasesWithoutContract:N0} without a contract (no time in force: no cost)."));
        Item(html, $"Measured change: {unit.Signed(k.MeasuredChangeRub)} {unit.Name}, on amounts determined on both sides; it rises for {N(k.Rises)} cases and falls for {N(k.Falls)}.");
        Item(html, $"Newly determined: {unit.Text(k.NewlyDeterminedRub)} {unit.Name} in {N(k.NewlyDetermined)} cases whose amount was Undetermined before: money the policy did not state, not a rise.");
        Item(html, $"Newly Undetermined: {unit.Text(k.NewlyUndeterminedRub)} {unit.Name} in {N(k.NewlyUndetermined)} cases, left out of the total after.");
        Item(html, $"Cost partly unknown: {Share(k.UndeterminedBefore, k.CasesWithContract)} of the cases with a contract before, {Share(k.UndeterminedAfter, k.CasesWithContract)} after. Their unknown parts are in no total below.");
        html.Append("</ul>\n");
    }

    private static void Item(StringBuilder html, string text) => html.Append("<li>").Append(E(text)).Append("</li>\n");

    private static string Share(long part, long of) =>
        of == 0 ? N(part) : string.Create(CultureInfo.InvariantCulture, $"{part:N0} ({(double)part / of:P1})");

    private static void MoneyTable(StringBuilder html, PolicyComparison c, Rub unit)
    {
        html.Append("<h2>Money by region (").Append(E(unit.Name)).Append(")</h2>\n<table id=\"by-region\">\n<tr><th>Region</th><th>Determined cost before</th><th>Determined cost after</th>")
            .Append("<th>Measured change</th><th>Newly determined</th><th>Newly Undetermined</th><th>Cases with cost partly unknown (before → after)</th></tr>\n");
        foreach (var r in c.ByRegion) MoneyRow(html, E(r.Region), r.Cost, unit);
        MoneyRow(html, "<strong>All</strong>", c.Cost, unit);
        html.Append("</table>\n");
    }

    private static void MoneyRow(StringBuilder html, string region, CostSummary k, Rub unit) =>
        Cells(html, region, unit.Text(k.CostBeforeRub), unit.Text(k.CostAfterRub), unit.Signed(k.MeasuredChangeRub), unit.Text(k.NewlyDeterminedRub), unit.Text(k.NewlyUndeterminedRub),
            $"{Share(k.UndeterminedBefore, k.CasesWithContract)} → {Share(k.UndeterminedAfter, k.CasesWithContract)}");

    // How many cases lose or gain how much: bins down, regions across, so it fits the page however many bins.
    private static void SpreadTable(StringBuilder html, IReadOnlyList<(string? Region, long[] Counts)> rows)
    {
        html.Append("<h2>Who loses and gains how much (cases)</h2>\n<table id=\"change-distribution\">\n<tr><th>Change in a case's cost</th>");
        foreach (var r in rows) html.Append("<th>").Append(r.Region is { } region ? E(region) : "All").Append("</th>");
        html.Append("</tr>\n");
        for (var i = 0; i < ChangeDistribution.Bins.Length; i++) Cells(html, E(ChangeDistribution.Bins[i].Label), rows.Select(r => N(r.Counts[i])).ToArray());
        html.Append("</table>\n<p class=\"note\">").Append(E(ChangeDistribution.Note)).Append("</p>\n");
    }

    // A budget period's totals (--period), split as the whole comparison's are.
    private static void PeriodTable(StringBuilder html, PeriodCost p)
    {
        var unit = Rub.For(p.ByRegion.Append(p.Total).SelectMany(k => new[] { k.CostBeforeRub, k.CostAfterRub, k.MeasuredChangeRub, k.NewlyDeterminedRub, k.NewlyUndeterminedRub }));
        html.Append("<h2>Period ").Append(D(p.From)).Append(" to ").Append(D(p.To)).Append(" (").Append(E(unit.Name)).Append(")</h2>\n<table id=\"period\">\n")
            .Append("<tr><th>Region</th><th>Determined cost before</th><th>Determined cost after</th><th>Measured change</th><th>Newly determined</th><th>Newly Undetermined</th><th>Undetermined case-months (before → after)</th></tr>\n");
        foreach (var r in p.ByRegion.Append(p.Total))
        {
            Cells(html, r.Region is { } region ? E(region) : "<strong>All</strong>", unit.Text(r.CostBeforeRub), unit.Text(r.CostAfterRub), unit.Signed(r.MeasuredChangeRub), unit.Text(r.NewlyDeterminedRub), unit.Text(r.NewlyUndeterminedRub),
                $"{N(r.UndeterminedCaseMonthsBefore)} → {N(r.UndeterminedCaseMonthsAfter)}");
        }

        html.Append("</table>\n<p class=\"note\">").Append(E(ComparisonMarkdown.CaseMonths)).Append("</p>\n");
    }

    private static void CasesTable(StringBuilder html, PolicyComparison c)
    {
        html.Append("<h2>Cases by region</h2>\n<table id=\"cases-by-region\">\n<tr><th>Region</th><th>Cases</th><th>Changed</th><th>Without a contract</th><th>With a contract</th>")
            .Append("<th>Rises</th><th>Falls</th><th>Newly determined</th><th>Newly Undetermined</th></tr>\n");
        foreach (var r in c.ByRegion) CasesRow(html, E(r.Region), r.Cases, r.CasesChanged, r.Cost);
        CasesRow(html, "<strong>All</strong>", c.Cases - c.Invalid, c.CasesChanged, c.Cost);
        html.Append("</table>\n");
    }

    // compare --weight: the same totals, each case counted by its weight (how many people it stands for).
    private static void WeightedTable(StringBuilder html, PolicyComparison c)
    {
        var rows = c.WeightedByRegion.Append(c.Weighted!).ToArray();
        var unit = Rub.For(rows.SelectMany(w => new[] { w.CostBeforeRub, w.CostAfterRub, w.MeasuredChangeRub, w.NewlyDeterminedRub, w.NewlyUndeterminedRub }));
        html.Append("<h2>Weighted (people the cases stand for; ").Append(E(unit.Name)).Append(")</h2>\n<table id=\"weighted\">\n<tr><th>Region</th><th>People</th><th>Changed</th><th>With a contract</th>")
            .Append("<th>Determined cost before</th><th>Determined cost after</th><th>Measured change</th><th>Newly determined</th><th>Newly Undetermined</th><th>Cost partly unknown (before → after)</th></tr>\n");
        foreach (var w in rows)
        {
            Cells(html, w.Region is { } region ? E(region) : "<strong>All</strong>", N(w.Cases), N(w.CasesChanged), N(w.WithContract), unit.Text(w.CostBeforeRub), unit.Text(w.CostAfterRub),
                unit.Signed(w.MeasuredChangeRub), unit.Text(w.NewlyDeterminedRub), unit.Text(w.NewlyUndeterminedRub), $"{N(w.UndeterminedBefore)} → {N(w.UndeterminedAfter)}");
        }

        html.Append("</table>\n");
    }

    private static void CasesRow(StringBuilder html, string region, long cases, long changed, CostSummary k) =>
        Cells(html, region, N(cases), N(changed), N(k.CasesWithoutContract), N(k.CasesWithContract), N(k.Rises), N(k.Falls), N(k.NewlyDetermined), N(k.NewlyUndetermined));

    // A row: the first cell as given (HTML), the others numbers.
    private static void Cells(StringBuilder html, string first, params string[] numbers)
    {
        html.Append("<tr><td>").Append(first).Append("</td>");
        foreach (var cell in numbers) html.Append("<td class=\"n\">").Append(E(cell)).Append("</td>");
        html.Append("</tr>\n");
    }

    private static void MonthTable(StringBuilder html, PolicyComparison c)
    {
        var unit = Rub.For(c.ByMonth.SelectMany(m => new[] { m.CostBeforeRub, m.CostAfterRub, m.MeasuredChangeRub, m.NewlyDeterminedRub, m.NewlyUndeterminedRub }));
        html.Append("<h2>Cost by month (").Append(E(unit.Name)).Append(")</h2>\n<table id=\"by-month\">\n<tr><th>Month</th><th>Region</th><th>Determined cost before</th><th>Determined cost after</th><th>Measured change</th><th>Newly determined</th><th>Newly Undetermined</th>")
            .Append("<th>Cases with the month's cost Undetermined (before → after)</th></tr>\n");
        foreach (var m in c.ByMonth)
        {
            Cells(html, m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "</td><td>" + E(m.Region),
                unit.Text(m.CostBeforeRub), unit.Text(m.CostAfterRub), unit.Signed(m.MeasuredChangeRub), unit.Text(m.NewlyDeterminedRub), unit.Text(m.NewlyUndeterminedRub), $"{N(m.UndeterminedBefore)} → {N(m.UndeterminedAfter)}");
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

    private static (PlotModel Model, Rub Unit) MovesByRegion(PolicyComparison c)
    {
        var unit = Rub.For(c.ByRegion.SelectMany(r => new[] { r.Cost.MeasuredChangeRub, r.Cost.NewlyDeterminedRub, r.Cost.NewlyUndeterminedRub }));
        var model = Model($"What the reform moves, by region ({unit.Name})");
        var labels = c.ByRegion.Select(r => $"{r.Region}: {Share(r.Cost.UndeterminedAfter, r.Cost.CasesWithContract)} partly unknown").ToArray();
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, ItemsSource = labels, StartPosition = 1, EndPosition = 0 });
        model.Axes.Add(ValueAxis(unit.Name, unit.Format, negative: c.ByRegion.Any(r => r.Cost.MeasuredChangeRub < 0 || r.Cost.NewlyUndeterminedRub > 0)));
        Margins(model, labels);
        model.Series.Add(Bars("Measured change", Measured, c.ByRegion.Select(r => unit.Of(r.Cost.MeasuredChangeRub)), "{0:+" + unit.Format + ";-" + unit.Format + ";0}"));
        model.Series.Add(Bars("Newly determined", Newly, c.ByRegion.Select(r => unit.Of(r.Cost.NewlyDeterminedRub)), "{0:" + unit.Format + ";-" + unit.Format + ";0}"));
        model.Series.Add(Bars("Newly Undetermined", Unknown, c.ByRegion.Select(r => -unit.Of(r.Cost.NewlyUndeterminedRub)), "{0:" + unit.Format + ";-" + unit.Format + ";0}"));
        return (model, unit);
    }

    private static PlotModel MovesChart(string title, IReadOnlyList<StatusMove> moves, bool withKind)
    {
        var model = Model(title);
        var labels = moves.Select(m => (withKind ? m.What + ": " : "") + m.Before + " → " + m.After).ToArray();
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, ItemsSource = labels, StartPosition = 1, EndPosition = 0 });
        model.Axes.Add(ValueAxis("cases", "#,0", negative: false));
        Margins(model, labels);
        model.Series.Add(Bars("Cases", Measured, moves.Select(m => (double)m.Cases), "{0:#,0}"));
        return model;
    }

    // All regions' determined cost per calendar month, before and after: a line each, a marker per month.
    private static (PlotModel Model, Rub Unit) MonthChart(PolicyComparison c)
    {
        var months = c.ByMonth.GroupBy(m => m.Month).OrderBy(g => g.Key)
            .Select(g => (Month: g.Key, Before: g.Sum(m => m.CostBeforeRub), After: g.Sum(m => m.CostAfterRub))).ToArray();
        var unit = Rub.For(months.SelectMany(m => new[] { m.Before, m.After }));
        var model = Model($"Determined cost by month, all regions ({unit.Name})");
        model.Axes.Add(new DateTimeAxis { Position = AxisPosition.Bottom, StringFormat = "yyyy-MM", IntervalType = DateTimeIntervalType.Months, MinorIntervalType = DateTimeIntervalType.Months, MinimumPadding = 0.02, MaximumPadding = 0.02, IntervalLength = 90 });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, MinimumPadding = 0, MaximumPadding = 0.1, AbsoluteMinimum = 0, Minimum = 0, StringFormat = unit.Format, Title = unit.Name, AxisTitleDistance = 8, MajorGridlineStyle = LineStyle.Dot });
        // The before markers larger, so where both lines meet each point still shows as a ring around the other.
        model.Series.Add(Line("Before", Before, 5, months.Select(m => (m.Month, unit.Of(m.Before)))));
        model.Series.Add(Line("After", Measured, 2.5, months.Select(m => (m.Month, unit.Of(m.After)))));
        return (model, unit);
    }

    private static LineSeries Line(string title, OxyColor color, double marker, IEnumerable<(DateOnly Month, double Value)> points)
    {
        var series = new LineSeries { Title = title, Color = color, MarkerType = MarkerType.Circle, MarkerSize = marker, MarkerFill = color, StrokeThickness = 1.5 };
        foreach (var (month, value) in points) series.Points.Add(DateTimeAxis.CreateDataPoint(month.ToDateTime(TimeOnly.MinValue), value));
        return series;
    }

    // Room past the longest bar for its label; below 0 only when a bar goes there.
    private static LinearAxis ValueAxis(string title, string format, bool negative) =>
        new() { Position = AxisPosition.Bottom, MinimumPadding = negative ? 0.2 : 0, MaximumPadding = 0.2, AbsoluteMinimum = negative ? double.MinValue : 0, StringFormat = format, Title = title, AxisTitleDistance = 8, MajorGridlineStyle = LineStyle.Dot, IntervalLength = 80 };

    private static PlotModel Model(string title)
    {
        // The exporter measures text with Helvetica's metrics: a font of the same widths (Arial, Liberation Sans)
        // keeps the labels in the room it made for them; a wider sans-serif (DejaVu) overflows legends and margins.
        var model = new PlotModel { Title = title, DefaultFont = "Arial, Helvetica, Liberation Sans, sans-serif", TitleFontSize = 14 };
        // The legend is the page's (Figure): the exporter measures text short of a browser's fonts, and its legend
        // box cut the last item's name.
        model.IsLegendVisible = false;
        return model;
    }

    // Room on the left for the longest category label: the exporter's text measurer does not reserve it.
    private static void Margins(PlotModel model, IEnumerable<string> labels) =>
        model.PlotMargins = new OxyThickness(Math.Min(480, 20 + (7.5 * labels.DefaultIfEmpty("").Max(l => l.Length))), double.NaN, 30, double.NaN);

    private static BarSeries Bars(string title, OxyColor color, IEnumerable<double> values, string label)
    {
        var series = new BarSeries { Title = title, FillColor = color, LabelFormatString = label, LabelPlacement = LabelPlacement.Outside, LabelMargin = 4 };
        foreach (var v in values) series.Items.Add(new BarItem(v));
        return series;
    }

    // The chart, its legend (when it has more than one series: each series' colour and name, as HTML text) and its caption.
    private static void Figure(StringBuilder html, string id, PlotModel model, string caption)
    {
        html.Append("<figure id=\"").Append(id).Append("\">\n").Append(Svg(model, id)).Append('\n');
        if (model.Series.Count > 1)
        {
            html.Append("<ul class=\"legend\">");
            foreach (var series in model.Series)
            {
                var color = series switch { BarSeries b => b.FillColor, LineSeries l => l.Color, _ => OxyColors.Black };
                html.Append(CultureInfo.InvariantCulture, $"<li><span style=\"background:rgb({color.R},{color.G},{color.B})\"></span>").Append(E(series.Title)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<figcaption>").Append(E(caption)).Append("</figcaption>\n</figure>\n");
    }

    // The chart as an <svg> element only (no XML declaration or doctype), sized to its bars, its ids made the page's
    // own: every chart's exporter numbers its clip paths from 1, and a page with two charts would clip the second's
    // bars by the first's paths (the largest bar went missing).
    private static string Svg(PlotModel model, string id)
    {
        var rows = model.Axes.OfType<CategoryAxis>().SingleOrDefault()?.ItemsSource.Cast<object>().Count();
        var height = rows is { } n ? Math.Max(180, 120 + (n * 30 * Math.Max(1, model.Series.Count))) : 420;
        var svg = SvgExporter.ExportToString(model, Width, height, isDocument: false, textMeasurer: null, useVerticalTextAlignmentWorkaround: false);

        // Inline SVG is an element of the page: the exporter's XML declaration has no place there.
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..].Trim();
        svg = IdDefinition().Replace(svg, m => $"id=\"{id}-{m.Groups[1].Value}\"");
        svg = IdReference().Replace(svg, m => $"url(#{id}-{m.Groups[1].Value})");
        return string.Create(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {height}\" ") + svg[5..];
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdDefinition();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex IdReference();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string N(decimal n) => n.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
