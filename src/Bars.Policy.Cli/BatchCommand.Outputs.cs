using System.CommandLine;
using Bars.Policy.Cli.Output;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>batch</c>'s analyst outputs (issue 13): <c>--format jsonl|csv|parquet</c>, <c>--findings full|ids|none</c>,
/// <c>--summary summary.json|.md</c>. Every format, the default JSON Lines too, goes through one
/// <see cref="DecisionWriter{TRow}"/>, chosen once, here.
/// </summary>
internal sealed partial class BatchCommand
{
    private readonly Option<string> format = Choice("--format", "What to write: jsonl (one decision per line, the default), csv or parquet (one row per line, the columns the tool's readme lists; parquet needs -o).", "jsonl", "csv", "parquet");

    private readonly Option<string> findings = Choice("--findings", "How much of each finding a JSON decision carries: full (the default), ids (rule id and claims; the catalogue has the text and quote) or none (outcomes only). Tables carry none.", "full", "ids", "none");

    private readonly Option<string> summary = new("--summary") { Description = "Also write the batch's totals (by region × outcome, by entitlement status) to this file: .json or .md." };

    /// <summary>What a CSV output's provenance file is called: <c>out.csv.meta.json</c>.</summary>
    public const string MetaSuffix = ".meta.json";

    private static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => values[0] };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    private void AddOutputOptions()
    {
        Add(format);
        Add(findings);
        Add(summary);
    }

    /// <summary>The outputs asked for, or a message saying why they cannot be.</summary>
    private (BatchOutputs? Outputs, string? Problem) OutputsOf(ParseResult parse, string? outputPath, bool resuming)
    {
        var (kind, detail, summaryPath) = (parse.GetValue(format)!, parse.GetValue(findings)!, parse.GetValue(summary));
        if (kind != "jsonl" && detail != "full") return (null, $"--findings {detail} is for JSON Lines; --format {kind} rows carry no findings.");
        if (kind != "jsonl" && resuming) return (null, $"a --format {kind} output cannot be resumed: it is written whole or not at all. Run the batch again without --resume to start over (nothing was touched).");
        if (kind == "parquet" && CliStreams.IsStandard(outputPath)) return (null, "--format parquet writes a file: give it with -o (a Parquet file cannot be streamed to standard output).");
        if (summaryPath is not null && BatchSummary.Problem(summaryPath) is { } problem) return (null, problem);
        if (resuming && summaryPath is not null) return (null, "--summary counts a whole batch; it cannot be given with --resume.");
        var level = detail switch { "ids" => FindingsDetail.Ids, "none" => FindingsDetail.None, _ => FindingsDetail.Full };

        // A CSV file has no place for its provenance: it goes beside it. A CSV on standard output has none.
        var metaPath = kind == "csv" && !CliStreams.IsStandard(outputPath) ? outputPath + MetaSuffix : null;
        var (columns, columnsProblem) = population.Of(parse, engine.Value, kind == "jsonl", DecisionRow.Columns);
        if (columns is null) return (null, columnsProblem);
        return (new BatchOutputs(kind, level, summaryPath, metaPath, columns), null);
    }

    // One line in, one answer out, in order, through the chosen writer; the totals are counted as the answers are
    // written. A bad line is answered with its errors (naming it) and the batch goes on.
    private static async Task AnswerWith<TRow>(DecisionWriter<TRow> output, BatchSummary? totals, PolicyEngine policy, PassThroughColumns passThrough, CaseInput lines, int workers, BatchTally tally, Action<long, long>? report, CancellationToken cancel)
    {
        var answers = policy.EvaluateMany(
            lines.Input,
            r => (Row: output.Map(r), Key: totals is null ? default : BatchSummary.KeyOf(r, policy), r.Decision.IsValid, Unknown: UnknownField(r.Decision)),
            passThrough.Into(new BatchOptions { MaxDegreeOfParallelism = workers }),
            cancel);
        await foreach (var (row, key, valid, unknown) in answers.ConfigureAwait(false))
        {
            await output.Write(row).ConfigureAwait(false);
            totals?.Add(key);
            tally.Cases++;
            if (!valid) tally.Invalid++;
            if (unknown is not null)
            {
                tally.WithUnknownField++;
                tally.FirstUnknownField ??= (unknown, tally.Cases); // the answers so far, resumed ones too, are the lines so far
            }

            cancel.ThrowIfCancellationRequested();
            if (report is not null && tally.Cases % ProgressEvery == 0) report(lines.BytesRead(), tally.Cases);
        }

        await output.Finish().ConfigureAwait(false);
        report?.Invoke(lines.BytesRead(), tally.Cases);
    }

    // A field at the case's top that the contract does not know (not one inside the applicant or the contract): what a
    // population's extra column looks like, worth a hint at the end. Null for any other answer.
    private static string? UnknownField(PolicyDecision d)
    {
        if (d.IsValid) return null;
        foreach (var e in d.Errors)
        {
            if (e.Kind == ValidationErrorKind.UnknownField && !e.Path.Contains('.', StringComparison.Ordinal) && !e.Path.Contains('[', StringComparison.Ordinal)) return e.Path;
        }

        return null;
    }

    // The writer for the outputs asked for, over the opened output.
    private static Task AnswerAs(BatchOutputs outputs, SafeOutput decisions, BatchSummary? totals, PolicyEngine policy, Func<RunProvenance> provenance, CaseInput lines, int workers, BatchTally tally, Action<long, long>? report, CancellationToken cancel)
    {
        return outputs.Format switch
        {
            "csv" => Run(new CsvDecisionWriter(decisions, policy, outputs.PassThrough)),
            "parquet" => Run(new ParquetDecisionWriter(decisions.Stream, decisions.Name, policy, () => provenance().Pairs(), outputs.PassThrough)),
            _ => Run(new JsonLinesDecisionWriter(decisions, outputs.Findings, outputs.PassThrough)),
        };

        async Task Run<TRow>(DecisionWriter<TRow> writer)
        {
            await using (writer.ConfigureAwait(false)) await AnswerWith(writer, totals, policy, outputs.PassThrough, lines, workers, tally, report, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>What a batch writes: its format, its findings, and where its summary goes.</summary>
    /// <param name="Format">jsonl, csv or parquet.</param>
    /// <param name="Findings">How much of each finding JSON carries.</param>
    /// <param name="SummaryPath">Where the totals go; null for none.</param>
    /// <param name="MetaPath">Where a CSV file's provenance goes (<see cref="MetaSuffix"/>); null for other formats.</param>
    /// <param name="PassThrough">The population's own columns, written after the tool's.</param>
    private sealed record BatchOutputs(string Format, FindingsDetail Findings, string? SummaryPath, string? MetaPath, PassThroughColumns PassThrough)
    {
    }
}
