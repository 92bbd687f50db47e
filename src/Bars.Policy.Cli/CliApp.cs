using System.CommandLine;
using System.Text;
using Bars.Policy.Synthetic;

namespace Bars.Policy.Cli;

/// <summary>
/// The <c>bars-policy</c> command line, with its streams (and optionally a compiled engine) given so tests can run
/// it in-process.
/// </summary>
internal sealed class CliApp(TextReader stdin, TextWriter stdout, TextWriter stderr, PolicyEngine? compiled = null)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Compiled on first use, so that --help and argument errors stay instant.
    private readonly Lazy<PolicyEngine> engine = new(() => compiled ?? PolicyEngine.CreateDefault());

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Evaluate BARS volunteer reserve policy cases: every decision cites the claim and quotes the source.");
        root.Add(EvaluateCommand());
        root.Add(BatchCommand());
        root.Add(RulesCommand());
        root.Add(CompareCommand());
        root.Add(PopulationCommand());
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private Command EvaluateCommand()
    {
        var file = new Argument<string>("case") { Description = "A case as JSON: a file, or - for standard input." };
        var compact = new Option<bool>("--compact") { Description = "Write the decision on one line instead of indented." };
        var explain = new Option<bool>("--explain") { Description = "Tell the decision for a person (outcomes, the rules that fired with their claims and quotes) instead of JSON." };
        var command = new Command("evaluate", "Evaluate one case and print the decision as JSON (exit 0; exit 2 when the case is invalid).") { file, compact, explain };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!TryReadAll(path, out var json)) return ExitCodes.Failed;
            var decision = engine.Value.EvaluateJson(json);
            stdout.Write(parse.GetValue(explain) ? Explanation.Render(decision) : PolicyJson.Write(decision, indented: !parse.GetValue(compact)) + "\n");
            return decision.IsValid ? ExitCodes.Ok : ExitCodes.InvalidCase;
        });
        return command;
    }

    private Command PopulationCommand()
    {
        var size = new Option<int>("--size") { Description = "How many cases.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed gives the same population.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the JSON Lines; standard output when absent." };
        var command = new Command("population", "Write a synthetic population (clearly made-up, valid cases; documented distributions) as JSON Lines.") { size, seed, output };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(size);
            if (n < 0)
            {
                stderr.WriteLine($"bars-policy: --size must not be negative; got {n}.");
                return ExitCodes.Failed;
            }

            var path = parse.GetValue(output);
            using var file = path is null or "-" ? null : new StreamWriter(path, append: false, Utf8NoBom, 1 << 16);
            var writer = (TextWriter?)file ?? stdout;
            foreach (var c in SyntheticCases.Stream(parse.GetValue(seed)).Take(n)) writer.WriteLine(PolicyJson.Write(c));
            writer.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    private Command CompareCommand()
    {
        var reform = new Option<string>("--reform") { Description = "The reform: dated parameter changes as JSON.", Required = true };
        var cases = new Argument<string>("cases") { Description = "Cases as JSON Lines: a file, or - for standard input." };
        var changes = new Option<string>("--changes") { Description = "Write each changed case (before/after) as JSON Lines to this file." };
        var markdown = new Option<string>("--markdown") { Description = "Write the summary as Markdown tables to this file." };
        var command = new Command("compare", "What a reform does to a population: cases changed by region and outcome, cost before and after, winners and losers. Prints the summary as JSON.")
        {
            reform, cases, changes, markdown,
        };
        command.SetAction(parse => RunCompare(parse.GetValue(reform)!, parse.GetValue(cases)!, parse.GetValue(changes), parse.GetValue(markdown)));
        return command;
    }

    private int RunCompare(string reformPath, string casesPath, string? changesPath, string? markdownPath)
    {
        PolicyEngine reformed;
        try
        {
            reformed = ReformFile.Read(reformPath).Build();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or PolicyConfigurationException or ArgumentException)
        {
            stderr.WriteLine($"bars-policy: the reform '{reformPath}' cannot be used: {ex.Message}");
            return ExitCodes.Failed;
        }

        TextReader reader;
        try
        {
            reader = casesPath == "-" ? stdin : new StreamReader(casesPath, Utf8NoBom, true, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"bars-policy: cannot read '{casesPath}': {ex.Message}");
            return ExitCodes.Failed;
        }

        using var changesFile = changesPath is null ? null : new StreamWriter(changesPath, append: false, Utf8NoBom, 1 << 16);
        var compact = new System.Text.Json.JsonSerializerOptions(CliJsonContext.Default.Options) { WriteIndented = false };
        var compactContext = new CliJsonContext(compact);
        PolicyComparison result;
        try
        {
            result = engine.Value.Compare(reformed, ReadCases(reader), change =>
                changesFile?.WriteLine(System.Text.Json.JsonSerializer.Serialize(change, compactContext.CaseComparison)));
        }
        finally
        {
            if (!ReferenceEquals(reader, stdin)) reader.Dispose();
        }

        stdout.WriteLine(System.Text.Json.JsonSerializer.Serialize(result, CliJsonContext.Default.PolicyComparison));
        if (markdownPath is not null) File.WriteAllText(markdownPath, ComparisonMarkdown.Render(result), Utf8NoBom);
        return ExitCodes.Ok;
    }

    // Lines that cannot be read become empty cases: the comparison counts them as invalid and goes on.
    private static IEnumerable<PolicyCase> ReadCases(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            yield return PolicyJson.ReadCase(line).Case ?? new PolicyCase(null, null, null, null);
        }
    }

    private Command RulesCommand()
    {
        var format = new Option<string>("--format") { Description = "md (Markdown, for people) or json.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json");
        var command = new Command("rules", "Print the rule catalogue: every rule by area and region, its claims and quotes, the parameters and the silences.") { format };
        command.SetAction(parse =>
        {
            var catalog = Bars.Policy.Catalog.CatalogBuilder.Build(engine.Value);
            stdout.Write(parse.GetValue(format) == "json" ? PolicyJson.Write(catalog) + "\n" : Bars.Policy.Catalog.CatalogMarkdown.Render(catalog));
            return ExitCodes.Ok;
        });
        return command;
    }

    private Command BatchCommand()
    {
        var input = new Argument<string>("cases") { Description = "Cases as JSON Lines (one case per line): a file, or - for standard input." };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the decisions as JSON Lines; standard output when absent." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many cases to evaluate at once (default: the number of processors).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("batch", "Evaluate one case per input line and write one decision per line, in the same order (exit 0 when every line was answered).")
        {
            input, output, parallel,
        };
        command.SetAction((parse, cancel) => RunBatchAsync(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(parallel), cancel));
        return command;
    }

    private async Task<int> RunBatchAsync(string inputPath, string? outputPath, int parallel, CancellationToken cancel)
    {
        TextReader reader;
        TextWriter writer;
        if (parallel < 1)
        {
            stderr.WriteLine($"bars-policy: --parallel must be at least 1; got {parallel}.");
            return ExitCodes.Failed;
        }

        // Opening the output truncates it: writing over the input would lose every case before it is read.
        if (inputPath != "-" && outputPath is not (null or "-") &&
            string.Equals(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath), StringComparison.Ordinal))
        {
            stderr.WriteLine($"bars-policy: the output '{outputPath}' is the input file; write the decisions elsewhere.");
            return ExitCodes.Failed;
        }

        long totalBytes = 0;
        try
        {
            if (inputPath == "-")
            {
                reader = stdin;
            }
            else
            {
                var file = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                totalBytes = file.Length;
                reader = new StreamReader(file, Utf8NoBom, detectEncodingFromByteOrderMarks: true, 1 << 16);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"bars-policy: cannot read '{inputPath}': {ex.Message}");
            return ExitCodes.Failed;
        }

        try
        {
            writer = outputPath is null or "-" ? stdout : new StreamWriter(outputPath, append: false, Utf8NoBom, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            if (!ReferenceEquals(reader, stdin)) reader.Dispose();
            stderr.WriteLine($"bars-policy: cannot write '{outputPath}': {ex.Message}");
            return ExitCodes.Failed;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var tally = new BatchTally();
        try
        {
            if (BatchProgress.IsWanted(stderr))
            {
                await BatchProgress.RunAsync(totalBytes, report => Answer(reader, writer, parallel, tally, report, cancel)).ConfigureAwait(false);
            }
            else
            {
                await Answer(reader, writer, parallel, tally, null, cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine($"bars-policy: cancelled after {tally.Cases} cases; the answers written so far stand.");
            return ExitCodes.Failed;
        }
        finally
        {
            if (!ReferenceEquals(reader, stdin)) reader.Dispose();
            if (ReferenceEquals(writer, stdout)) await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            else await writer.DisposeAsync().ConfigureAwait(false);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        stderr.WriteLine($"bars-policy: answered {tally.Cases} of {tally.Cases} cases; {tally.Invalid} with errors; {seconds:F2} s; {tally.Cases / Math.Max(seconds, 1e-6):N0} cases/s.");
        return ExitCodes.Ok;
    }

    // One line in, one decision out, in order; a bad line is answered with its errors and the batch goes on.
    private async Task Answer(TextReader reader, TextWriter writer, int parallel, BatchTally tally, Action<long, long>? report, CancellationToken cancel)
    {
        var policy = engine.Value;
        var answers = Bars.Policy.Engine.OrderedParallel.Select(
            Lines(reader, cancel),
            line => Decide(policy, line),
            parallel,
            window: 1024,
            cancel);
        long bytes = 0;
        await foreach (var (json, valid, length) in answers.ConfigureAwait(false))
        {
            writer.WriteLine(json);
            tally.Cases++;
            if (!valid) tally.Invalid++;
            bytes += length;
            if (report is not null && tally.Cases % 1024 == 0) report(bytes, tally.Cases);
        }

        report?.Invoke(bytes, tally.Cases);
    }

    private static (string Json, bool Valid, int Length) Decide(PolicyEngine policy, (long Number, string Text) line)
    {
        var decision = policy.EvaluateLine(line.Number, line.Text);
        return (PolicyJson.Write(decision), decision.IsValid, line.Text.Length + 1);
    }

    private static async IAsyncEnumerable<(long Number, string Text)> Lines(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        long number = 0;
        while (await reader.ReadLineAsync(cancel).ConfigureAwait(false) is { } line) yield return (++number, line);
    }

    private sealed class BatchTally
    {
        public long Cases { get; set; }
        public long Invalid { get; set; }
    }

    private bool TryReadAll(string path, out string text)
    {
        try
        {
            text = path == "-" ? stdin.ReadToEnd() : File.ReadAllText(path, Utf8NoBom);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"bars-policy: cannot read '{path}': {ex.Message}");
            text = "";
            return false;
        }
    }
}
