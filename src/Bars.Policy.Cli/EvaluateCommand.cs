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

        // The raw bytes go to the library: nothing is decoded (or replaced) on the way.
        var decision = InputRules.DocumentError(document.Bytes, document.TooLong, max) is { } error
            ? PolicyDecision.Invalid(null, null, null, [error])
            : ExecutionOption.Engine(engine, ExecutionOption.Of(parse, execution), compileOnFirstCase: true).EvaluateJson(document.Bytes);
        io.Out.Write(parse.GetValue(explain) ? Explanation.Render(decision) : PolicyJson.Write(decision, indented: !parse.GetValue(compact)) + "\n");
        return decision.IsValid ? ExitCodes.Ok : ExitCodes.InvalidCase;
    }
}
