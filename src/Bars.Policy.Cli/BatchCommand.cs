using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>bars-policy batch in.jsonl -o out.jsonl</c>: one decision per input line, in the same order, through
/// <see cref="PolicyEngine.EvaluateMany{T}"/> over the library's <see cref="JsonLinesInput"/>; the decisions are written as JSON in its workers. A file output
/// is written to <c>out.jsonl.partial</c> and renamed into place when every line is answered (see
/// <see cref="SafeOutput"/>); an interrupted or failed run keeps the partial file, whole lines only, for
/// <c>--resume</c> (see <see cref="BatchResume"/>).
/// </summary>
internal sealed partial class BatchCommand : Command, IHonoursInterruption
{
    // How often the progress bar moves, in cases answered. (How many lines are read ahead is the library's default.)
    private const int ProgressEvery = 1024;

    private readonly Argument<string> input = new("cases") { Description = "Cases as JSON Lines (one case per line) or CSV (--input-format): a file, or - for standard input." };

    private readonly Option<string> output = new("--output", "-o") { Description = "Where to write the decisions as JSON Lines; standard output when absent." };

    private readonly Option<int> parallel = new("--parallel")
    {
        Description = "How many cases to evaluate at once (default: the number of processors).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<bool> resume = new("--resume")
    {
        Description = "Continue an interrupted batch: keep the answers in the output's .partial file, skip as many input lines (checking their caseIds) and answer the rest.",
    };

    private readonly Option<int> maxLineBytes = MaxBytesOption.Create("--max-line-bytes", "line");

    private readonly Option<string> execution = ExecutionOption.Create();

    private readonly Option<string?> reform = new("--reform")
    {
        Description = "Decide every case under a reform: dated parameter changes as JSON (the file compare --reform reads). Not standard input: the cases may be.",
    };

    private readonly Option<bool> strict = new("--strict")
    {
        Description = "Exit 2 when any line is invalid (the output is still written whole); without it, exit 2 only when every line is.",
    };

    private readonly PassThroughOptions population = new();

    private readonly Option<string?> inputFormat = CaseInput.FormatOption();

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public BatchCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("batch", "Evaluate one case per input line and write one decision per line, in the same order (exit 0 when every line was answered).")
    {
        this.io = io;
        this.engine = engine;
        // The library's own bound on workers, checked here so that a huge number is an argument error, not a crash.
        parallel.Checked(n =>
            n < 1 ? $"--parallel must be at least 1; got {n}."
            : n > BatchOptions.ParallelismLimit ? $"--parallel must be at most {BatchOptions.ParallelismLimit.ToString("N0", CultureInfo.InvariantCulture)}; got {n}."
            : null);
        Add(input);
        Add(output);
        Add(parallel);
        Add(resume);
        Add(maxLineBytes);
        Add(execution);
        Add(reform);
        Add(strict);
        population.AddTo(this);
        Add(inputFormat);
        AddOutputOptions();
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var inputPath = parse.GetValue(input)!;
        var outputPath = parse.GetValue(output);
        var resuming = parse.GetValue(resume);

        if (resuming && CliStreams.IsStandard(outputPath))
        {
            io.Error.WriteLine("bars-policy: --resume continues the .partial file of an --output; give the -o of the interrupted run.");
            return ExitCodes.Failed;
        }

        var (outputs, outputsProblem) = OutputsOf(parse, outputPath, resuming);
        if (outputs is null)
        {
            io.Error.WriteLine($"bars-policy: {outputsProblem}");
            return ExitCodes.Failed;
        }

        // Opening the output empties its working file: writing over the input (by any name) would lose every case.
        var reformPath = parse.GetValue(reform);
        if (reformPath is not null && CliStreams.IsStandard(reformPath))
        {
            io.Error.WriteLine("bars-policy: batch reads its reform from a file (--reform -: standard input is where cases may come from); name the reform's file.");
            return ExitCodes.Failed;
        }

        if (!PathChecks.Check(io.Error, reformPath is null ? [inputPath] : [inputPath, reformPath], [outputPath, outputs.SummaryPath, outputs.MetaPath], writesStandardOutput: CliStreams.IsStandard(outputPath))) return ExitCodes.Failed;
        var restart = !resuming && !CliStreams.IsStandard(outputPath) && File.Exists(SafeOutput.WorkingPathFor(outputPath!));
        ReformFile? reformFile = null;
        PolicyEngine? reformed = null;
        if (reformPath is not null)
        {
            if (ReformOption.Load(io, reformPath, ExecutionOption.Of(parse, execution), engine.Value.Describe()) is not { } loaded) return ExitCodes.Failed;
            (reformFile, reformed) = loaded;
        }

        var (passed, weighed) = population.Names(parse);
        var shape = new ResumeRecord(
            parse.GetValue(format)!, parse.GetValue(findings)!, parse.GetValue(execution), parse.GetValue(maxLineBytes), reformFile?.Source?.Sha256,
            passed.Length > 0 ? string.Join(',', passed) : null, weighed);
        var run = new RunCommand(parse, inputPath, outputPath, parallel, reformPath);
        if (resuming && ResumeProblem(outputPath!, shape, run) is { } refusal)
        {
            io.Error.WriteLine($"bars-policy: cannot resume: {refusal}");
            return ExitCodes.Failed;
        }

        var clock = Stopwatch.StartNew();
        var runAt = Output.RunProvenance.Now();
        var tally = new BatchTally();
        using var cases = io.OpenInput(inputPath);
        if (cases is null) return ExitCodes.Failed;

        // Refused before the output is opened: a UTF-16 input leaves no empty decisions file (nor a .partial one).
        var max = parse.GetValue(maxLineBytes);
        var csvInput = CaseInput.IsCsv(parse.GetValue(inputFormat), inputPath);
        if (csvInput && resuming)
        {
            io.Error.WriteLine("bars-policy: --resume continues a batch of JSON Lines; a CSV input is answered whole: run it again without --resume.");
            return ExitCodes.Failed;
        }

        CaseInput? lines;
        string? unreadable;
        try
        {
            (lines, unreadable) = await CaseInput.OpenAsync(cases.Stream, csvInput, max, population.Names(parse).Weight, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            io.Error.WriteLine("bars-policy: interrupted before the first line was read; nothing was written.");
            return ExitCodes.Interrupted;
        }

        if (unreadable is not null)
        {
            io.CannotRead(cases, unreadable);
            return ExitCodes.Failed;
        }

        // A table is written whole or not at all: its working file goes when the run stops early.
        var resumable = outputs.Format == "jsonl" && !csvInput;
        await using var decisions = io.OpenOutput(outputPath, keepOnFailure: resumable, resume: resuming);
        if (decisions is null) return ExitCodes.Failed;
        using var summaryFile = outputs.SummaryPath is null ? null : io.OpenOutput(outputs.SummaryPath);
        if (outputs.SummaryPath is not null && summaryFile is null) return ExitCodes.Failed;
        using var metaFile = outputs.MetaPath is null ? null : io.OpenOutput(outputs.MetaPath);
        if (outputs.MetaPath is not null && metaFile is null) return ExitCodes.Failed;
        var totals = summaryFile is null ? null : new Output.BatchSummary(weighted: outputs.PassThrough.Weight is not null);
        if (restart) io.Error.WriteLine($"bars-policy: starting over: '{decisions.WorkingPath}' of an earlier run is replaced (--resume continues one).");
        if (decisions.WorkingPath is { } working)
        {
            // Before the first answer: a kill from here on leaves a working file whose options a resume can check.
            try
            {
                shape.Write(working);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                io.Error.WriteLine($"bars-policy: cannot write '{ResumeRecord.PathFor(working)}': {ex.Message}");
                return ExitCodes.Failed;
            }
        }

        try
        {
            if (resuming)
            {
                // The answered lines are taken from the input here; the batch reads the rest, which keep their numbers.
                BatchResume.Skipped skipped;
                var partial = new BatchResume.PartialFile(decisions.Stream);
                try
                {
                    skipped = await BatchResume.SkipAnsweredAsync(lines!.JsonLines!, partial.ReadCompleteLines(), decisions.WorkingPath!, cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    // Nothing is written until the check is done: the partial file is as the last run left it.
                    decisions.Keep();
                    io.Error.WriteLine($"bars-policy: interrupted while checking the answers already in '{decisions.WorkingPath}'; it is kept as it was. To go on: {run.Resume(shape)}");
                    return ExitCodes.Interrupted;
                }

                if (skipped.Problem is { } problem)
                {
                    decisions.Keep();
                    io.Error.WriteLine($"bars-policy: cannot resume: {problem}");
                    return ExitCodes.Failed;
                }

                partial.CutTornLine();
                (tally.Cases, tally.Invalid) = (skipped.Answered, skipped.Invalid);
                var dropped = partial.DroppedBytes > 0 ? $" (a torn last line of {partial.DroppedBytes} bytes dropped)" : "";
                io.Error.WriteLine($"bars-policy: resuming: {tally.Cases} cases already answered in '{decisions.WorkingPath}'{dropped}; answering from input line {tally.Cases + 1}.");
            }

            var workers = parse.GetValue(parallel);
            var policy = reformed ?? ExecutionOption.Engine(engine, ExecutionOption.Of(parse, execution));

            // Asked for when every line is read: the input's size and hash are known then.
            Output.RunProvenance Provenance() => new(
                (reformed is null ? policy : engine.Value).Policy, reformed?.Policy, reformFile?.Source,
                new Output.FileFingerprint(Output.FileFingerprint.NameOf(inputPath), cases.Stream.Bytes, cases.Stream.Sha256), runAt);
            if (BatchProgress.IsWanted(io.Error))
            {
                await BatchProgress.RunAsync(cases.Length, report => AnswerAs(outputs, decisions, totals, policy, Provenance, lines!, workers, tally, report, cancel)).ConfigureAwait(false);
            }
            else
            {
                await AnswerAs(outputs, decisions, totals, policy, Provenance, lines!, workers, tally, null, cancel).ConfigureAwait(false);
            }

            tally.LinesRead = lines!.LinesRead();
            var provenance = Provenance();
            if (metaFile is not null) metaFile.Write(CliJsonContext.WithProvenance(new System.Text.Json.Nodes.JsonObject(), provenance) + "\n");
            decisions.Commit();
            if (decisions.WorkingPath is { } done) ResumeRecord.Delete(done);
            metaFile?.Commit();
            if (summaryFile is not null)
            {
                summaryFile.Write(totals!.Render(outputs.SummaryPath!, provenance));
                summaryFile.Commit();
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return Stopped(decisions, tally, run, shape, ExitCodes.Interrupted, "interrupted");
        }
        catch (CsvInputException ex)
        {
            // A CSV input is answered whole or not at all: nothing is put in place, nothing kept to resume.
            if (decisions.WorkingPath is { } partial) ResumeRecord.Delete(partial);
            var written = decisions.WorkingPath is not null ? "nothing is written" : $"the {tally.Cases:N0} answers before it are written";
            io.Error.WriteLine($"bars-policy: cannot read '{inputPath}': {ex.Message}; {written}.");
            return ExitCodes.Failed;
        }
        catch (OutputFailedException ex)
        {
            if (ex.Report is not { } report) return ex.ExitCode; // `| head`: the reader has what it wanted
            io.Error.WriteLine(report);
            return Stopped(decisions, tally, run, shape, ex.ExitCode, "stopped");
        }

        var seconds = clock.Elapsed.TotalSeconds;
        io.Error.WriteLine($"bars-policy: answered {tally.Cases} cases of {tally.LinesRead} lines read; {tally.Invalid} with errors; {seconds:F2} s; {tally.Cases / Math.Max(seconds, 1e-6):N0} cases/s.");
        // A column on every line is a population's own, not a misspelt field (that gets its error on its line only).
        if (tally.FirstUnknownField is var (field, line) && tally.WithUnknownField == tally.Cases)
        {
            io.Error.WriteLine($"bars-policy: every line has a field the case does not have (the first: '{field}' on line {line}); a population's own columns are read beside the case with --pass-through {field} (or --weight {field} for a weight).");
        }
        return InvalidRows.ExitCode(io.Error, tally.Cases, tally.Invalid, parse.GetValue(strict));
    }

    // Every answer written so far is a whole line; say how many, where they are and the command that goes on.
    private int Stopped(SafeOutput decisions, BatchTally tally, RunCommand run, ResumeRecord shape, int exitCode, string how)
    {
        if (shape.Format != "jsonl" && decisions.WorkingPath is { } table)
        {
            // Disposing the output removes its working file; the record goes with it.
            decisions.Dispose();
            ResumeRecord.Delete(table);
            io.Error.WriteLine($"bars-policy: {how} after {tally.Cases} cases; a --format {shape.Format} output is written whole or not at all, so nothing is kept and '{run.OutputPath}' is not written. "
                + $"It cannot be resumed; to start over: {run.Again(shape)}");
            return exitCode;
        }

        try
        {
            decisions.Keep();
        }
        catch (OutputFailedException)
        {
            // The output is what failed: its last buffer is lost, and a resume cuts off a torn line.
        }

        if (decisions.WorkingPath is { } file && OnDisk(decisions, file) is var (kept, torn))
        {
            var tornLine = torn > 0 ? $" and a torn last line of {torn} bytes, which --resume cuts off" : "";
            io.Error.WriteLine($"bars-policy: {how} after {kept} cases; their answers are kept in '{file}'{tornLine} ('{run.OutputPath}' is not written). "
                + $"To go on from input line {kept + 1}: {run.Resume(shape)}");
        }
        else if (exitCode != ExitCodes.Interrupted && decisions.DeviceBytes == 0)
        {
            io.Error.WriteLine($"bars-policy: stopped after {tally.Cases} cases were evaluated; nothing was written to {decisions.Name}.");
        }
        else
        {
            var whole = exitCode == ExitCodes.Interrupted ? ", each written whole" : "";
            var next = tally.Cases + 1;
            io.Error.WriteLine($"bars-policy: {how} after {tally.Cases} cases{whole}; input line {next} is the first not answered.");
        }

        return exitCode;
    }

    // What is on disk, not what was handed to the writer: a full disk loses the last buffer and may tear a line.
    // The output is closed first (a failed flush leaves it open); null when the file cannot be read back.
    private static (long Lines, long TornBytes)? OnDisk(SafeOutput decisions, string file)
    {
        decisions.Dispose();
        try
        {
            return BatchResume.CountCompleteLines(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // On --resume, before the output is opened: a partial file whose answers were written with other options, or
    // with none recorded, is refused and left as it is; one with no complete answer has nothing to mix with.
    private static string? ResumeProblem(string outputPath, ResumeRecord shape, RunCommand run)
    {
        var working = SafeOutput.WorkingPathFor(outputPath);
        long held;
        try
        {
            held = File.Exists(working) ? BatchResume.CountCompleteLines(working).Lines : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // opening it for writing says why it cannot be used
        }

        if (held == 0) return null;
        var (recorded, problem) = ResumeRecord.Read(working);
        if (problem is not null) return $"{problem}; '{working}' is left as it is (delete both to start over: {run.Again(shape)}).";
        if (recorded is null)
        {
            return $"'{working}' has no record of the options that wrote it ('{ResumeRecord.PathFor(working)}'), so its answers could differ from this run's; it is left as it is (delete it to start over: {run.Again(shape)}).";
        }

        if (recorded == shape) return null;
        if (recorded.Format != "jsonl")
        {
            return $"'{working}' is the unfinished output of a --format {recorded.Format} run, which cannot be resumed; it is left as it is. To start over: {run.Again(recorded)}";
        }

        return $"'{working}' was written with {recorded.Difference(shape)}; its answers and this run's would differ. It is left as it is. To go on: {run.Resume(recorded)}";
    }

    /// <summary>The command line of this run, given again as the user can type it: to resume it or to start it over.</summary>
    private sealed class RunCommand(ParseResult parse, string inputPath, string? outputPath, Option<int> parallel, string? reformPath)
    {
        public string? OutputPath => outputPath;

        public string Resume(ResumeRecord shape) => Line(shape, resume: true);

        public string Again(ResumeRecord shape) => Line(shape, resume: false);

        private string Line(ResumeRecord shape, bool resume)
        {
            List<string> arguments = ["batch", inputPath, "-o", outputPath!, .. shape.Arguments()];
            if (reformPath is not null && shape.Reform is not null) arguments.AddRange(["--reform", reformPath]);
            if (parse.GetResult(parallel) is { Implicit: false }) arguments.AddRange(["--parallel", parse.GetValue(parallel).ToString(CultureInfo.InvariantCulture)]);
            if (resume) arguments.Add("--resume");
            return ResumeRecord.Command(arguments);
        }
    }

    private sealed class BatchTally
    {
        public long Cases { get; set; }

        public long Invalid { get; set; }

        public long LinesRead { get; set; }

        /// <summary>Lines with a field the case does not have, at its top (a population's own column, perhaps).</summary>
        public long WithUnknownField { get; set; }

        /// <summary>The first such field and its line.</summary>
        public (string Field, long Line)? FirstUnknownField { get; set; }
    }
}
