using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Bars.Policy.Cli.Output;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>bars-policy compare --reform reform.json cases.jsonl</c>: what a reform does to a population, summed up as
/// JSON, with each changed case (JSON Lines or CSV), a Markdown summary and an HTML report on request. The cases are
/// evaluated in parallel under both policies (<see cref="PolicyEngine.CompareAsync"/>) and summed in input order.
/// </summary>
internal sealed class CompareCommand : Command, IHonoursInterruption
{
    private readonly Option<string> reform = new("--reform") { Description = "The reform: dated parameter changes as JSON: a file, or - for standard input.", Required = true };

    private readonly Argument<string> cases = new("cases") { Description = "Cases as JSON Lines or CSV (--input-format): a file, or - for standard input." };

    private readonly Option<string> changes = new("--changes") { Description = "Write each changed case (before/after) to this file, as JSON Lines or (--format csv) CSV." };

    private readonly Option<string> format = new("--format") { Description = "The format of --changes: jsonl (the default) or csv (one row per changed case, the columns the tool's readme lists).", DefaultValueFactory = _ => "jsonl" };

    private readonly Option<string> dataset = new("--dataset") { Description = "Write every case, changed or not, to this file (.parquet or .csv): the input's key columns, each outcome and cost part before and after (the columns docs/analysts.md lists)." };

    // The summary for a person on a terminal (the Markdown tables), JSON for a program; --format is the --changes file's.
    private readonly Option<string?> summaryFormat = OutputFormat.Named("--summary-format", OutputFormat.Text, OutputFormat.Json);

    private readonly Option<string> markdown = new("--markdown") { Description = "Write the summary as Markdown tables to this file." };

    private readonly Option<string> report = new("--report") { Description = "Write a self-contained HTML report (the summary tables and charts as inline SVG; opens without a network) to this file." };

    private readonly Option<int> parallel = new("--parallel")
    {
        Description = "How many cases to evaluate at once, each under both policies (default: the number of processors).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<int> maxLineBytes = MaxBytesOption.Create("--max-line-bytes", "line");

    private readonly Option<string> execution = ExecutionOption.Create();

    private readonly Option<bool> strict = new("--strict")
    {
        Description = "Exit 2 when any case is invalid (the summary and files are still written whole); without it, exit 2 only when every case is.",
    };

    private readonly PassThroughOptions population = new();

    private readonly Option<string?> inputFormat = CaseInput.FormatOption();

    private readonly Option<BudgetPeriod?> period = BudgetPeriod.Option();

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public CompareCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("compare", "What a reform does to a population: cases changed by region and outcome, the cost before and after. Prints the summary as JSON.")
    {
        this.io = io;
        this.engine = engine;
        format.AcceptOnlyFromAmong("jsonl", "csv");
        parallel.Checked(n =>
            n < 1 ? $"--parallel must be at least 1; got {n}."
            : n > BatchOptions.ParallelismLimit ? $"--parallel must be at most {BatchOptions.ParallelismLimit.ToString("N0", CultureInfo.InvariantCulture)}; got {n}."
            : null);
        Add(reform);
        Add(cases);
        Add(changes);
        Add(format);
        Add(dataset);
        Add(markdown);
        Add(summaryFormat);
        Add(report);
        Add(parallel);
        Add(maxLineBytes);
        Add(execution);
        Add(strict);
        population.AddTo(this);
        Add(inputFormat);
        Add(period);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var reformPath = parse.GetValue(reform)!;
        var casesPath = parse.GetValue(cases)!;
        var (changesPath, markdownPath, reportPath) = (parse.GetValue(changes), parse.GetValue(markdown), parse.GetValue(report));
        var csv = parse.GetValue(format) == "csv";
        if (csv && changesPath is null)
        {
            io.Error.WriteLine("bars-policy: --format csv is the format of the --changes file; give --changes too.");
            return ExitCodes.Failed;
        }

        // The summary is standard output's: a second document there would make it unreadable.
        if (new[] { ("--changes", changesPath), ("--markdown", markdownPath), ("--report", reportPath), ("--dataset", parse.GetValue(dataset)) }.FirstOrDefault(o => o.Item2 == "-") is ({ } named, _))
        {
            io.Error.WriteLine($"bars-policy: {named} - would write to standard output, where the summary goes: name a file.");
            return ExitCodes.Failed;
        }

        var datasetPath = parse.GetValue(dataset);
        if (datasetPath is not null && ComparisonDatasetWriter.Problem(datasetPath) is { } datasetProblem)
        {
            io.Error.WriteLine($"bars-policy: {datasetProblem}");
            return ExitCodes.Failed;
        }

        // The population's columns go to every output: a name none of them has yet.
        var (columns, columnsProblem) = population.Of(parse, engine.Value, jsonLines: false, [.. ComparisonDataset.Header, .. ComparisonCsvWriter.Header, .. ChangeMembers]);
        if (columns is null)
        {
            io.Error.WriteLine($"bars-policy: {columnsProblem}");
            return ExitCodes.Failed;
        }

        // A CSV dataset's provenance goes beside it, as a CSV batch's does.
        var metaPath = datasetPath is not null && Path.GetExtension(datasetPath).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? datasetPath + MetaSuffix : null;

        // Before any work: an output that is a directory, in a missing folder, or one of the inputs (by any name).
        if (!PathChecks.Check(io.Error, [casesPath, reformPath], [changesPath, markdownPath, reportPath, datasetPath, metaPath], writesStandardOutput: true)) return ExitCodes.Failed;

        if (CliStreams.IsStandard(reformPath) && CliStreams.IsStandard(casesPath))
        {
            io.Error.WriteLine("bars-policy: the reform and the cases cannot both be standard input (-); give one of them as a file.");
            return ExitCodes.Failed;
        }

        if (ReformOption.Load(io, reformPath, ExecutionOption.Of(parse, execution), engine.Value.Describe()) is not { } loaded) return ExitCodes.Failed;
        var (read, reformed) = loaded;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var input = io.OpenInput(casesPath);
        if (input is null) return ExitCodes.Failed;
        var runAt = RunProvenance.Now();

        // Refused before any output is created: a UTF-16 file gets no empty changes file.
        var max = parse.GetValue(maxLineBytes);
        var (lines, problem) = await CaseInput.OpenAsync(input.Stream, CaseInput.IsCsv(parse.GetValue(inputFormat), casesPath), max, columns.Weight, cancel).ConfigureAwait(false);
        if (lines is null)
        {
            io.CannotRead(input, problem!);
            return ExitCodes.Failed;
        }

        using var changesFile = OpenIfAsked(changesPath, out var changesFailed);
        if (changesFailed) return ExitCodes.Failed;
        using var markdownFile = OpenIfAsked(markdownPath, out var markdownFailed);
        if (markdownFailed) return ExitCodes.Failed;
        using var reportFile = OpenIfAsked(reportPath, out var reportFailed);
        if (reportFailed) return ExitCodes.Failed;
        using var datasetFile = OpenIfAsked(datasetPath, out var datasetFailed);
        if (datasetFailed) return ExitCodes.Failed;
        using var metaFile = OpenIfAsked(metaPath, out var metaFailed);
        if (metaFailed) return ExitCodes.Failed;

        try
        {
            using var table = csv ? new ComparisonCsvWriter(changesFile!, columns) : null;
            using var rows = datasetFile is null ? null : ComparisonDatasetWriter.For(datasetPath!, datasetFile, columns);
            Action<CaseComparison>? onChange = changesFile is null ? null
                : table is not null ? table.Write
                : change => changesFile.WriteLine(ChangeLine(change, columns));
            var distribution = new ChangeDistribution();
            onChange = onChange is null ? distribution.Hear : onChange + distribution.Hear;
            var baseline = ExecutionOption.Engine(engine, ExecutionOption.Of(parse, execution));
            Action<ComparedCase>? onEach = rows is null ? null : rows.Write;
            Task<PolicyComparison> Compare() => baseline.CompareEachAsync(reformed, lines.Input, onEach, onChange, columns.Into(new BatchOptions { MaxDegreeOfParallelism = parse.GetValue(parallel) }), cancel);

            // Where it is on a terminal, as batch shows; stdout keeps the summary only.
            var result = BatchProgress.IsWanted(io.Error)
                ? await BatchProgress.PollAsync(input.Length, Compare, () => (lines.BytesRead(), lines.LinesRead())).ConfigureAwait(false)
                : await Compare().ConfigureAwait(false);
            table?.Dispose();
            var window = parse.GetValue(period) is { } p ? result.CostIn(p.From, p.To) : null;
            var spread = distribution.Rows(result);
            var provenance = new RunProvenance(baseline.Policy, reformed.Policy, read.Source, new FileFingerprint(FileFingerprint.NameOf(casesPath), input.Stream.Bytes, input.Stream.Sha256), runAt);
            rows?.Finish(provenance);
            metaFile?.Write(CliJsonContext.WithProvenance(new System.Text.Json.Nodes.JsonObject(), provenance) + "\n");
            markdownFile?.Write(ComparisonMarkdown.Render(result, window, spread) + WeightedMarkdown.Render(result, columns.Weight));
            reportFile?.Write(ComparisonReport.Render(result, read.Parameters, provenance, window, spread));

            // The files first: a summary on stdout says the comparison is done, so it comes when it is.
            changesFile?.Commit();
            datasetFile?.Commit();
            metaFile?.Commit();
            markdownFile?.Commit();
            reportFile?.Commit();
            if (OutputFormat.Of(parse, summaryFormat, io) == OutputFormat.Text) io.Out.Write(ComparisonMarkdown.Render(result, window, spread) + WeightedMarkdown.Render(result, columns.Weight));
            else io.Out.WriteLine(CliJsonContext.WithProvenance(Summary(result, window, spread), provenance));
            var seconds = clock.Elapsed.TotalSeconds;
            io.Error.WriteLine($"bars-policy: compared {result.Cases} cases of {lines.LinesRead()} lines read; {result.Invalid} with errors; {seconds:F2} s; {result.Cases / Math.Max(seconds, 1e-6):N0} cases/s.");
            return InvalidRows.ExitCode(io.Error, result.Cases, result.Invalid, parse.GetValue(strict));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            io.Error.WriteLine("bars-policy: interrupted; no summary, and no file written.");
            return ExitCodes.Interrupted;
        }
        catch (CsvInputException ex)
        {
            io.Error.WriteLine($"bars-policy: cannot read '{casesPath}': {ex.Message}; no summary, and no file written.");
            return ExitCodes.Failed;
        }
        catch (OutputFailedException ex)
        {
            if (ex.Report is { } report) io.Error.WriteLine(report);
            return ex.ExitCode;
        }
    }

    // The members of a --changes line, which a pass-through column cannot take.
    private static readonly string[] ChangeMembers = ["caseId", "region", "changes", "changed", "costBeforeRub", "costAfterRub", "undeterminedBefore", "undeterminedAfter", "measuredChangeRub", "cost"];

    // A changed case as one JSON line, the population's columns after its own members.
    private static string ChangeLine(CaseComparison change, PassThroughColumns columns)
    {
        if (!columns.Any) return JsonSerializer.Serialize(change, CliJsonContext.Compact.CaseComparison);
        return System.Text.Encoding.UTF8.GetString(columns.AppendTo(JsonSerializer.SerializeToUtf8Bytes(change, CliJsonContext.Compact.CaseComparison), change.PassThrough));
    }

    // The library's comparison, the budget period's totals when asked for, and how many cases lose or gain how much.
    private static System.Text.Json.Nodes.JsonNode Summary(PolicyComparison result, PeriodCost? window, IReadOnlyList<(string? Region, long[] Counts)> spread)
    {
        var summary = JsonSerializer.SerializeToNode(result, CliJsonContext.Default.PolicyComparison)!;
        if (window is not null) summary["period"] = JsonSerializer.SerializeToNode(window, CliJsonContext.Default.PeriodCost);
        summary["changeDistribution"] = ChangeDistribution.Json(spread);
        return summary;
    }

    /// <summary>What a CSV dataset's provenance file is called: <c>out.csv.meta.json</c>, as for a CSV batch.</summary>
    private const string MetaSuffix = BatchCommand.MetaSuffix;

    // An optional output: none when not asked for; failed (and reported) when asked for but it cannot be created.
    private SafeOutput? OpenIfAsked(string? path, out bool failed)
    {
        var file = path is null ? null : io.OpenOutput(path);
        failed = path is not null && file is null;
        return file;
    }
}
