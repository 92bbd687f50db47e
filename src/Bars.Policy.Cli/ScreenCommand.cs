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

    private readonly Option<int> maxBytes = InputRules.MaxBytesOption("--max-document-bytes", "case");
    private readonly Option<string> execution = ExecutionOption.Create();
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
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var path = parse.GetValue(caseFile)!;
        if (!PathChecks.Check(io.Error, [path], [])) return ExitCodes.Failed;
        var max = parse.GetValue(maxBytes);
        if (io.ReadDocument(path, max) is not { } document) return ExitCodes.Failed;
        var read = InputRules.DocumentError(document.Bytes, document.TooLong, max) is { } error
            ? new CaseReadResult(null, null, [error])
            : PolicyJson.ReadCase(document.Bytes);
        var json = OutputFormat.Of(parse, format, io) == OutputFormat.Json;
        if (read.Case is not { } c)
        {
            var invalid = PolicyDecision.Invalid(read.CaseId, null, null, read.Errors);
            io.Out.Write(json ? PolicyJson.Write(invalid, indented: true) + "\n" : GivenCase.Read(document.Bytes).Told(invalid));
            return ExitCodes.InvalidCase;
        }

        var screening = ExecutionOption.Engine(engine, ExecutionOption.Of(parse, execution), compileOnFirstCase: true).Screen(c);
        io.Out.Write(json ? PolicyJson.Write(screening, indented: true) + "\n" : screening.ToText());
        return screening.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidCase;
    }
}
