using System.CommandLine;
using System.Text;

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

    public int Run(string[] args)
    {
        var root = new RootCommand("Evaluate BARS volunteer reserve policy cases: every decision cites the claim and quotes the source.");
        root.Add(EvaluateCommand());
        root.Add(BatchCommand());
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private Command EvaluateCommand()
    {
        var file = new Argument<string>("case") { Description = "A case as JSON: a file, or - for standard input." };
        var compact = new Option<bool>("--compact") { Description = "Write the decision on one line instead of indented." };
        var command = new Command("evaluate", "Evaluate one case and print the decision as JSON (exit 0; exit 2 when the case is invalid).") { file, compact };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!TryReadAll(path, out var json)) return ExitCodes.Failed;
            var decision = engine.Value.EvaluateJson(json);
            stdout.WriteLine(PolicyJson.Write(decision, indented: !parse.GetValue(compact)));
            return decision.IsValid ? ExitCodes.Ok : ExitCodes.InvalidCase;
        });
        return command;
    }

    private Command BatchCommand()
    {
        var input = new Argument<string>("cases") { Description = "Cases as JSON Lines (one case per line): a file, or - for standard input." };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the decisions as JSON Lines; standard output when absent." };
        var command = new Command("batch", "Evaluate one case per input line and write one decision per line, in the same order (exit 0 when every line was answered).") { input, output };
        command.SetAction(parse => RunBatch(parse.GetValue(input)!, parse.GetValue(output)));
        return command;
    }

    private int RunBatch(string inputPath, string? outputPath)
    {
        TextReader reader;
        TextWriter writer;

        // Opening the output truncates it: writing over the input would lose every case before it is read.
        if (inputPath != "-" && outputPath is not (null or "-") &&
            string.Equals(Path.GetFullPath(inputPath), Path.GetFullPath(outputPath), StringComparison.Ordinal))
        {
            stderr.WriteLine($"bars-policy: the output '{outputPath}' is the input file; write the decisions elsewhere.");
            return ExitCodes.Failed;
        }

        try
        {
            reader = inputPath == "-" ? stdin : new StreamReader(inputPath, Utf8NoBom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"bars-policy: cannot read '{inputPath}': {ex.Message}");
            return ExitCodes.Failed;
        }

        try
        {
            writer = outputPath is null or "-" ? stdout : new StreamWriter(outputPath, append: false, Utf8NoBom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            if (!ReferenceEquals(reader, stdin)) reader.Dispose();
            stderr.WriteLine($"bars-policy: cannot write '{outputPath}': {ex.Message}");
            return ExitCodes.Failed;
        }

        long cases = 0, invalid = 0;
        try
        {
            // One line in, one decision out, in order; a bad line is answered with its errors and the batch goes on.
            while (reader.ReadLine() is { } line)
            {
                var decision = line.Length == 0
                    ? PolicyDecision.Invalid(null, null, null, [new ValidationError("$", $"line {cases + 1} is empty: expected a case object.")])
                    : engine.Value.EvaluateJson(line);
                writer.WriteLine(PolicyJson.Write(decision));
                cases++;
                if (!decision.IsValid) invalid++;
            }
        }
        finally
        {
            if (!ReferenceEquals(reader, stdin)) reader.Dispose();
            if (ReferenceEquals(writer, stdout)) writer.Flush();
            else writer.Dispose();
        }

        stderr.WriteLine($"bars-policy: answered {cases} of {cases} cases; {invalid} with errors.");
        return ExitCodes.Ok;
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
