using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>bars-policy screen case.json</c>: a case with unknown applicant facts (its <c>unknown</c> list) told for a
/// person: which outcomes are already certain, which depend on what is not known yet, and what to ask next.
/// </summary>
internal sealed class ScreenCommand : Command
{
    private readonly Argument<string> caseFile = new("case") { Description = "A case as JSON, with an optional \"unknown\" list: a file, or - for standard input." };
    private readonly Option<string?> format = OutputFormat.Option(OutputFormat.Text, OutputFormat.Json);

    private readonly Option<int> maxBytes = MaxBytesOption.Create("--max-document-bytes", "case");
    private readonly Option<string> execution = ExecutionOption.Create();
    private readonly Option<string?> reform = ReformOption.Create();
    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public ScreenCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("screen", "Screen a case whose \"unknown\" list names facts not known yet: what is certain, what depends on them, what to ask next.")
    {
        this.io = io;
        this.engine = engine;
        Add(caseFile);
        Add(format);
        Add(maxBytes);
        Add(execution);
        Add(reform);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var path = parse.GetValue(caseFile)!;
        if (!ReformOption.InputsUsable(parse, reform, io, path)) return ExitCodes.Failed;

        if (io.ReadDocument(path, parse.GetValue(maxBytes)) is not { } document) return ExitCodes.Failed;
        if (ReformOption.Engine(parse, reform, io, engine, ExecutionOption.Of(parse, execution)) is not { } policy) return ExitCodes.Failed;
        var error = document.Error;
        var read = error is null ? PolicyJson.ReadCase(document.Bytes) : new CaseReadResult(null, null, [error]);
        var json = OutputFormat.Of(parse, format, io) == OutputFormat.Json;
        if (read.Case is not { } c)
        {
            // Every error in one round, as a decision lists them (the values that could be read are checked too).
            var invalid = error is null ? policy.EvaluateJson(document.Bytes) : PolicyDecision.Invalid(null, null, null, [error]);
            io.Out.Write(json ? PolicyJson.Write(invalid, indented: true) + "\n" : GivenCase.Read(document.Bytes).Told(invalid));
            return ExitCodes.InvalidCase;
        }

        var screening = policy.Screen(c);
        io.Out.Write(json ? PolicyJson.Write(screening, indented: true) + "\n" : screening.ToText());
        return screening.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidCase;
    }
}
