using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary><c>bars-policy evaluate case.json</c>: one case in, its decision out (exit 0; 2 when the case is invalid), as
/// text for a person or JSON (<see cref="OutputFormat"/>); <c>--why-not</c> and <c>--timeline</c> ask other questions of it.</summary>
internal sealed class EvaluateCommand : Command
{
    private readonly Argument<string> caseFile = new("case") { Description = "A case as JSON: a file, or - for standard input." };

    private readonly Option<bool> compact = new("--compact") { Description = "JSON on one line instead of indented." };

    private readonly Option<bool> explain = new("--explain") { Description = "The decision as text for a person (the same as --format text)." };

    private readonly Option<bool> whyNot = new("--why-not") { Description = "For each outcome that is not favourable, the smallest changes that would make it so." };

    private readonly Option<string?> format = OutputFormat.Option(OutputFormat.Text, OutputFormat.Json);

    private readonly Option<TimelineWindow?> timeline = TimelineWindow.Option();
    private readonly Option<int> maxBytes = MaxBytesOption.Create("--max-document-bytes", "case");

    private readonly Option<string> execution = ExecutionOption.Create();

    private readonly Option<string?> reform = ReformOption.Create();

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public EvaluateCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("evaluate", "Evaluate one case and print the decision (exit 0; exit 2 when the case is invalid).")
    {
        this.io = io;
        this.engine = engine;
        Add(caseFile);
        Add(compact);
        Add(explain);
        Add(whyNot);
        Add(timeline);
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

        // Cold start (issue 24): the shipped engine is built on another thread while this one reads the case, whose
        // first read loads the JSON contract's reader (some 80 ms of a 300 ms run). A reform or an asked execution
        // builds an engine of its own, below.
        if (parse.GetValue(reform) is null && ExecutionOption.Of(parse, execution) is null) _ = Task.Run(() => engine.Value);

        if (io.ReadDocument(path, parse.GetValue(maxBytes)) is not { } document) return ExitCodes.Failed;

        if (Refused(parse) is { } refusal)
        {
            io.Error.WriteLine($"bars-policy: {refusal}");
            return ExitCodes.Failed;
        }

        var question = parse.GetValue(whyNot) || parse.GetValue(timeline) is not null;
        var error = document.Error;
        // Read before the engine is asked for (see above); a decision from it is the one EvaluateJson makes, which reads
        // the same bytes the same way and evaluates the case it read.
        var read = error is null && !question ? PolicyJson.ReadCase(document.Bytes) : null;
        if (ReformOption.Engine(parse, reform, io, engine, ExecutionOption.Of(parse, execution)) is not { } policy) return ExitCodes.Failed;
        var indented = !parse.GetValue(compact);
        var text = OutputFormat.Of(parse, format, io, parse.GetValue(explain) ? OutputFormat.Text : parse.GetValue(compact) ? OutputFormat.Json : null) == OutputFormat.Text;
        // Only text tells it (an invalid case's region and date as given): JSON never reads it.
        var given = text ? GivenCase.Read(document.Bytes) : GivenCase.None;
        if (question)
        {
            return Question(parse, policy, document, indented, text, given);
        }

        // The raw bytes go to the library: nothing is decoded (or replaced) on the way.
        PolicyDecision decision;
        try
        {
            decision = error is not null
                ? PolicyDecision.Invalid(null, null, null, [error])
                : read?.Case is { } c ? policy.Evaluate(c) : policy.EvaluateJson(document.Bytes);
        }
        catch (PolicyEvaluationException ex)
        {
            // A host rule's defect (the tool's own policy has none): said in a line, not a stack trace.
            io.Error.WriteLine($"bars-policy: {ex.Message}");
            return ExitCodes.Failed;
        }

        io.Out.Write(text ? given.Told(decision) : PolicyJson.Write(decision, indented) + "\n");
        return decision.IsValid ? ExitCodes.Ok : ExitCodes.InvalidCase;
    }

    // Options that cannot all be honoured: said, rather than one of them quietly ignored.
    private string? Refused(ParseResult parse)
    {
        var question = parse.GetValue(whyNot) ? "--why-not" : parse.GetValue(timeline) is not null ? "--timeline" : null;
        if (parse.GetValue(whyNot) && parse.GetValue(timeline) is not null) return "--why-not and --timeline are separate questions: give one.";
        if (parse.GetValue(explain) && question is not null) return $"--explain tells the decision, {question} asks another question: give one (add --format text for {question} as text).";
        if (parse.GetValue(explain) && parse.GetValue(compact)) return "--explain writes text and --compact writes JSON on one line: give one.";
        var asked = parse.GetValue(format);
        if (parse.GetValue(explain) && asked == OutputFormat.Json) return "--explain writes text, --format json asks for JSON: give one.";
        if (parse.GetValue(compact) && asked == OutputFormat.Text) return "--compact is a layout of JSON, --format text asks for text: give one.";
        return null;
    }

    // --why-not and --timeline: the case is read as for a decision; one that cannot be read is answered as one is.
    private int Question(ParseResult parse, PolicyEngine policy, Utf8Document document, bool indented, bool text, GivenCase given)
    {
        var error = document.Error;
        var read = error is null ? PolicyJson.ReadCase(document.Bytes) : new CaseReadResult(null, null, [error]);
        if (read.Case is not { } c)
        {
            // Every error in one round, as a decision lists them (the values that could be read are checked too).
            var invalid = error is null ? policy.EvaluateJson(document.Bytes) : PolicyDecision.Invalid(null, null, null, [error]);
            io.Out.Write(text ? given.Told(invalid) : PolicyJson.Write(invalid, indented) + "\n");
            return ExitCodes.InvalidCase;
        }

        if (parse.GetValue(timeline) is { } window)
        {
            var answer = policy.Timeline(c, window.From, window.To);
            io.Out.Write(text ? answer.ToText() : PolicyJson.Write(answer, indented) + "\n");
            return answer.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidCase;
        }

        var whyNotAnswer = policy.WhyNot(c);
        io.Out.Write(text ? whyNotAnswer.ToText() : PolicyJson.Write(whyNotAnswer, indented) + "\n");
        return whyNotAnswer.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.InvalidCase;
    }
}
