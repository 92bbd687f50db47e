using System.CommandLine;
using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>bars-policy compare --reform reform.json cases.jsonl</c>: what a reform does to a population, summed up as
/// JSON, with each changed case and a Markdown summary on request.
/// </summary>
internal sealed class CompareCommand : Command, IHonoursInterruption
{
    private readonly Option<string> reform = new("--reform") { Description = "The reform: dated parameter changes as JSON.", Required = true };

    private readonly Argument<string> cases = new("cases") { Description = "Cases as JSON Lines: a file, or - for standard input." };

    private readonly Option<string> changes = new("--changes") { Description = "Write each changed case (before/after) as JSON Lines to this file." };

    private readonly Option<string> markdown = new("--markdown") { Description = "Write the summary as Markdown tables to this file." };

    private readonly Option<int> maxLineBytes = InputRules.MaxBytesOption("--max-line-bytes", "line");

    private readonly Option<string> execution = ExecutionOption.Create();

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public CompareCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("compare", "What a reform does to a population: cases changed by region and outcome, cost before and after, winners and losers. Prints the summary as JSON.")
    {
        this.io = io;
        this.engine = engine;
        Add(reform);
        Add(cases);
        Add(changes);
        Add(markdown);
        Add(maxLineBytes);
        Add(execution);
        SetAction(Run);
    }

    private Task<int> Run(ParseResult parse, CancellationToken cancel) => Task.FromResult(Run(parse, parse.GetValue(changes), parse.GetValue(markdown), cancel));

    private int Run(ParseResult parse, string? changesPath, string? markdownPath, CancellationToken cancel)
    {
        var reformPath = parse.GetValue(reform)!;
        var casesPath = parse.GetValue(cases)!;

        // Before any work: an output that is a directory, in a missing folder, or one of the inputs (by any name).
        if (!PathChecks.Check(io.Error, [casesPath, reformPath], [changesPath, markdownPath])) return ExitCodes.Failed;

        PolicyEngine reformed;
        try
        {
            reformed = ReformFile.Read(reformPath).Build(ExecutionOption.Of(parse, execution));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ReformException or PolicyConfigurationException or ArgumentException)
        {
            io.Error.WriteLine($"bars-policy: the reform '{reformPath}' cannot be used: {ex.Message}");
            return ExitCodes.Failed;
        }

        using var input = io.OpenInput(casesPath);
        if (input is null) return ExitCodes.Failed;

        // Refused before any output is created: a UTF-16 file gets no empty changes file.
        var lines = new JsonLinesReader(input.Stream, parse.GetValue(maxLineBytes));
        if (lines.Start() is { } problem)
        {
            io.CannotRead(input, problem);
            return ExitCodes.Failed;
        }

        using var changesFile = OpenIfAsked(changesPath, out var changesFailed);
        if (changesFailed) return ExitCodes.Failed;
        using var markdownFile = OpenIfAsked(markdownPath, out var markdownFailed);
        if (markdownFailed) return ExitCodes.Failed;

        try
        {
            var result = ExecutionOption.Engine(engine, ExecutionOption.Of(parse, execution)).Compare(reformed, ReadCases(lines, parse.GetValue(maxLineBytes)).StopOn(cancel), change =>
                changesFile?.Writer.WriteLine(JsonSerializer.Serialize(change, CliJsonContext.Compact.CaseComparison)));
            markdownFile?.Writer.Write(ComparisonMarkdown.Render(result));

            // The files first: a summary on stdout says the comparison is done, so it comes when it is.
            changesFile?.Commit();
            markdownFile?.Commit();
            io.Out.WriteLine(JsonSerializer.Serialize(result, CliJsonContext.Default.PolicyComparison));
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            io.Error.WriteLine("bars-policy: interrupted; no summary, and no file written.");
            return ExitCodes.Interrupted;
        }
    }

    // An optional output: none when not asked for; failed (and reported) when asked for but it cannot be created.
    private CliOutput? OpenIfAsked(string? path, out bool failed)
    {
        var file = path is null ? null : io.OpenOutput(path);
        failed = path is not null && file is null;
        return file;
    }

    // Lines that cannot be read (by the same rules as the batch's) become empty cases: the comparison counts them as
    // invalid and goes on. The bytes are read as they are, without a string between.
    private static IEnumerable<PolicyCase> ReadCases(JsonLinesReader lines, int maxLineBytes)
    {
        while (lines.ReadLine() is { } line)
        {
            var read = InputRules.LineError(line, maxLineBytes) is null ? JsonLines.ReadLine(line.Bytes.Span, line.Number).Case : null;
            yield return read ?? new PolicyCase(null, null, null, null);
        }
    }
}
