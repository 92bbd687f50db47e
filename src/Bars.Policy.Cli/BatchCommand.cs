using System.Collections.Concurrent;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>bars-policy batch in.jsonl -o out.jsonl</c>: one decision per input line, in the same order, through
/// <see cref="PolicyEngine.EvaluateManyJson{T}"/>; the decisions are written as JSON in its workers.
/// </summary>
internal sealed class BatchCommand : Command
{
    // Lines read ahead of the oldest unanswered one; also how often the progress bar moves.
    private const int Window = 1024;

    private readonly Argument<string> input = new("cases") { Description = "Cases as JSON Lines (one case per line): a file, or - for standard input." };

    private readonly Option<string> output = new("--output", "-o") { Description = "Where to write the decisions as JSON Lines; standard output when absent." };

    private readonly Option<int> parallel = new("--parallel")
    {
        Description = "How many cases to evaluate at once (default: the number of processors).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<int> maxLineBytes = InputRules.MaxBytesOption("--max-line-bytes", "line");

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public BatchCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("batch", "Evaluate one case per input line and write one decision per line, in the same order (exit 0 when every line was answered).")
    {
        this.io = io;
        this.engine = engine;
        parallel.Validators.Add(AtLeastOne);
        Add(input);
        Add(output);
        Add(parallel);
        Add(maxLineBytes);
        SetAction(RunAsync);
    }

    // Option validators run before the value is converted (dotnet/command-line-api#2645), so this reads the token:
    // one that is not a number is left to the parser, which reports it.
    private static void AtLeastOne(OptionResult result)
    {
        if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 1)
        {
            result.AddError($"--parallel must be at least 1; got {n}.");
        }
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var inputPath = parse.GetValue(input)!;
        var outputPath = parse.GetValue(output);

        // Opening the output truncates it: writing over the input would lose every case before it is read.
        if (!CliStreams.IsStandard(inputPath) && !CliStreams.IsStandard(outputPath) &&
            string.Equals(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath!), StringComparison.Ordinal))
        {
            io.Error.WriteLine($"bars-policy: the output '{outputPath}' is the input file; write the decisions elsewhere.");
            return ExitCodes.Failed;
        }

        var clock = Stopwatch.StartNew();
        var tally = new BatchTally();
        using (var cases = io.OpenInput(inputPath))
        {
            if (cases is null) return ExitCodes.Failed;

            // Refused before the output is created: a UTF-16 input leaves no empty decisions file.
            var lines = new LineReader(new JsonLinesReader(cases.Stream, parse.GetValue(maxLineBytes)), parse.GetValue(maxLineBytes));
            if (await lines.StartAsync(cancel).ConfigureAwait(false) is { } problem)
            {
                io.CannotRead(cases, problem);
                return ExitCodes.Failed;
            }

            await using var decisions = io.OpenOutput(outputPath);
            if (decisions is null) return ExitCodes.Failed;
            try
            {
                var workers = parse.GetValue(parallel);
                if (BatchProgress.IsWanted(io.Error))
                {
                    await BatchProgress.RunAsync(cases.Length, report => Answer(lines, decisions.Writer, workers, tally, report, cancel)).ConfigureAwait(false);
                }
                else
                {
                    await Answer(lines, decisions.Writer, workers, tally, null, cancel).ConfigureAwait(false);
                }

                tally.LinesRead = lines.LinesRead;
            }
            catch (OperationCanceledException)
            {
                io.Error.WriteLine($"bars-policy: cancelled after {tally.Cases} cases; the answers written so far stand.");
                return ExitCodes.Failed;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        io.Error.WriteLine($"bars-policy: answered {tally.Cases} cases of {tally.LinesRead} lines read; {tally.Invalid} with errors; {seconds:F2} s; {tally.Cases / Math.Max(seconds, 1e-6):N0} cases/s.");
        return ExitCodes.Ok;
    }

    // One line in, one decision out, in order; a bad line is answered with its errors and the batch goes on.
    private async Task Answer(LineReader lines, TextWriter writer, int workers, BatchTally tally, Action<long, long>? report, CancellationToken cancel)
    {
        var answers = engine.Value.EvaluateManyJson(
            lines.ReadAsync(cancel),
            r =>
            {
                var decision = lines.Answer(r);
                return (Json: PolicyJson.Write(decision), decision.IsValid);
            },
            new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = Window },
            cancel);
        await foreach (var (json, valid) in answers.ConfigureAwait(false))
        {
            writer.WriteLine(json);
            tally.Cases++;
            if (!valid) tally.Invalid++;
            if (report is not null && tally.Cases % Window == 0) report(lines.BytesRead, tally.Cases);
        }

        report?.Invoke(lines.BytesRead, tally.Cases);
    }

    private sealed class BatchTally
    {
        public long Cases { get; set; }

        public long Invalid { get; set; }

        public long LinesRead { get; set; }
    }

    /// <summary>
    /// The input's lines as the batch's strings, decoded strictly on the reading thread (the library reads and
    /// evaluates them in its workers). A line the tool answers itself — too long, not UTF-8, a late byte-order mark —
    /// goes in as an empty placeholder, its error kept by line number until <see cref="Answer"/> puts it in the
    /// placeholder's place; so one answer per line, in order, whatever the line.
    /// </summary>
    private sealed class LineReader(JsonLinesReader reader, int maxLineBytes)
    {
        // Only lines in flight: each is removed when answered.
        private readonly ConcurrentDictionary<long, ValidationError> refused = new();

        public long BytesRead => reader.BytesRead;

        public long LinesRead => reader.LinesRead;

        public ValueTask<string?> StartAsync(CancellationToken cancel) => reader.StartAsync(cancel);

        public async IAsyncEnumerable<string> ReadAsync([EnumeratorCancellation] CancellationToken cancel)
        {
            while (await reader.ReadLineAsync(cancel).ConfigureAwait(false) is { } line)
            {
                if (InputRules.Text(line, maxLineBytes, out var error) is { } text)
                {
                    yield return text;
                }
                else
                {
                    refused[line.Number] = error!;
                    yield return "";
                }
            }
        }

        // Called by the workers: the answer to input line Index + 1, its errors naming that line.
        public PolicyDecision Answer(BatchResult result)
        {
            var line = result.Index + 1;
            return refused.TryRemove(line, out var error)
                ? PolicyDecision.Invalid(null, null, null, [error])
                : InputRules.NameLine(result.Decision, line);
        }
    }
}
