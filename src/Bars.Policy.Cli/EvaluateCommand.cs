using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary><c>bars-policy evaluate case.json</c>: one case in, its decision out (exit 0; 2 when the case is invalid).</summary>
internal sealed class EvaluateCommand : Command
{
    private readonly Argument<string> caseFile = new("case") { Description = "A case as JSON: a file, or - for standard input." };

    private readonly Option<bool> compact = new("--compact") { Description = "Write the decision on one line instead of indented." };

    private readonly Option<bool> explain = new("--explain")
    {
        Description = "Tell the decision for a person (outcomes, the rules that fired with their claims and quotes) instead of JSON.",
    };

    private readonly Option<bool> whyNot = new("--why-not")
    {
        Description = "Print, for each outcome that is not favourable, the smallest changes that would make it so (those the person can make apart from those they cannot; a later date as the earliest within ten years), as JSON.",
    };

    private readonly Option<TimelineWindow?> timeline = TimelineWindow.Option();
    private readonly Option<int> maxBytes = InputRules.MaxBytesOption("--max-document-bytes", "case");

    private readonly Option<string> execution = ExecutionOption.Create();

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public EvaluateCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("evaluate", "Evaluate one case and print the decision as JSON (exit 0; exit 2 when the case is invalid).")
    {
        this.io = io;
        this.engine = engine;
        Add(caseFile);
        Add(compact);
        Add(explain);
        Add(whyNot);
        Add(timeline);
        Add(maxBytes);
        Add(execution);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var path = parse.GetValue(caseFile)!;
        if (!PathChecks.Check(io.Error, [path], [])) return ExitCodes.Failed; // a directory is named as one
        var max = parse.GetValue(maxBytes);
        if (io.ReadDocument(path, max) is not { } document) return ExitCodes.Failed;

        var indented = !parse.GetValue(compact);
        if (parse.GetValue(whyNot) || parse.GetValue(timeline) is not null)
        {
            return Question(parse, document, max, indented);
        }

        // The raw bytes go to the library: nothing is decoded (or replaced) on the way.
        PolicyDecision decision;
        try
        {
            decision = InputRules.DocumentError(document.Bytes, document.TooLong, max) is { } error
                ? PolicyDecision.Invalid(null, null, null, [error])
                : ExecutionOption.Engine(engine, ExecutionOption.Of(parse, execution), compileOnFirstCase: true).EvaluateJson(document.Bytes);
        }
        catch (PolicyEvaluationException ex)
        {
            // A host rule's defect (the tool's own policy has none): said in a line, not a stack trace.
            io.Error.WriteLine($"bars-policy: {ex.Message}");
            return ExitCodes.Failed;
        }

        io.Out.Write(parse.GetValue(explain) ? Explanation.Render(decision, GivenCase.Read(document.Bytes)) : PolicyJson.Write(decision, indented) + "\n");
        return decision.IsValid ? ExitCodes.Ok : ExitCodes.InvalidCase;
    }

    // --why-not and --timeline: the case is read as for a decision; one that cannot be read is answered as one is.
    private int Question(ParseResult parse, CliDocument document, int max, bool indented)
    {
        if (parse.GetValue(whyNot) && parse.GetValue(timeline) is not null)
        {
            io.Error.WriteLine("bars-policy: --why-not and --timeline are separate questions: give one.");
            return ExitCodes.Failed;
        }

        var read = InputRules.DocumentError(document.Bytes, document.TooLong, max) is { } error
            ? new CaseReadResult(null, null, [error])
            : PolicyJson.ReadCase(document.Bytes);
        if (read.Case is not { } c)
        {
            io.Out.Write(PolicyJson.Write(PolicyDecision.Invalid(read.CaseId, null, null, read.Errors), indented) + "\n");
            return ExitCodes.InvalidCase;
        }

        var policy = ExecutionOption.Engine(engine, ExecutionOption.Of(parse, execution), compileOnFirstCase: true);
        if (parse.GetValue(timeline) is { } window)
        {
            var answer = policy.Timeline(c, window.From, window.To);
            io.Out.Write(PolicyJson.Write(answer, indented) + "\n");
            return answer.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidCase;
        }

        var whyNotAnswer = policy.WhyNot(c);
        io.Out.Write(PolicyJson.Write(whyNotAnswer, indented) + "\n");
        return whyNotAnswer.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidCase;
    }
}
