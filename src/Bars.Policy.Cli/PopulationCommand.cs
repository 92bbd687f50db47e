using System.CommandLine;
using System.Globalization;
using Bars.Policy.Synthetic;

namespace Bars.Policy.Cli;

/// <summary><c>bars-policy population --size N</c>: a synthetic population (<see cref="SyntheticCases"/>) as JSON Lines.</summary>
internal sealed class PopulationCommand : Command, IHonoursInterruption
{
    private readonly Option<int> size = new("--size") { Description = "How many cases.", Required = true };

    private readonly Option<int> seed = new("--seed") { Description = "The random seed: the same seed gives the same population.", DefaultValueFactory = _ => 1 };

    private readonly Option<string> output = new("--output", "-o") { Description = "Where to write the JSON Lines; standard output when absent." };

    private readonly Option<string> profile = new("--profile") { Description = "How the cases are drawn: uniform (the default) or plausible; both made up, not data (docs/cli.md gives the distributions).", DefaultValueFactory = _ => "uniform" };

    private readonly Option<DateOnly?> asOf = new("--as-of")
    {
        Description = "Judge every case on this date (yyyy-MM-dd, one budget date) instead of spreading asOf over two years.",
        CustomParser = r => IsoDay.Parse(r, "--as-of"),
    };

    private readonly Option<string?> weightColumn = new("--weight-column")
    {
        Description = "Give each case a made-up weight (0.50 to 3.00, drawn from the seed) in this field beside it, to try batch and compare --weight on; a survey's real weights come from the survey.",
    };

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public PopulationCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("population", "Write a synthetic population (clearly made-up, valid cases) as JSON Lines; docs/cli.md gives the distributions.")
    {
        this.io = io;
        this.engine = engine;
        profile.AcceptOnlyFromAmong("uniform", "plausible");
        size.Checked(n => n < 0 ? $"--size must not be negative; got {n}." : null);
        Add(size);
        Add(seed);
        Add(output);
        Add(profile);
        Add(asOf);
        Add(weightColumn);
        SetAction(Run);
    }

    private Task<int> Run(ParseResult parse, CancellationToken cancel)
    {
        var path = parse.GetValue(output);
        var weight = parse.GetValue(weightColumn);
        if (weight is not null && PassThroughOptions.Refusal(engine.Value, new BatchOptions { Weight = weight }) is { } problem)
        {
            io.Error.WriteLine($"bars-policy: --weight-column: {problem}");
            return Task.FromResult(ExitCodes.Failed);
        }

        if (!PathChecks.Check(io.Error, [], [path])) return Task.FromResult(ExitCodes.Failed);
        using var file = io.OpenOutput(path);
        if (file is null) return Task.FromResult(ExitCodes.Failed);
        try
        {
            var drawn = parse.GetValue(profile) == "plausible" ? SyntheticProfile.Plausible : SyntheticProfile.Uniform;
            // The weights are drawn apart from the cases, so a population with weights has the same cases as one without.
            var weights = new Random(parse.GetValue(seed));
            var field = weight is null ? null : Output.PassThroughColumns.JsonMember(weight);
            foreach (var c in SyntheticCases.Stream(parse.GetValue(seed), drawn, parse.GetValue(asOf)).Take(parse.GetValue(size)))
            {
                cancel.ThrowIfCancellationRequested();
                var json = PolicyJson.Write(c);
                file.WriteLine(field is null ? json : string.Create(CultureInfo.InvariantCulture, $"{{{field}:{(50 + weights.Next(251)) / 100m:0.00},{json[1..]}"));
            }

            file.Commit();
            return Task.FromResult(ExitCodes.Ok);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return Task.FromResult(Stopped(file, path, ExitCodes.Interrupted, "bars-policy: interrupted"));
        }
        catch (OutputFailedException ex)
        {
            return Task.FromResult(Stopped(file, path, ex.ExitCode, ex.Report));
        }
    }

    // A file is not put in place half-written; standard output keeps its whole lines.
    private int Stopped(SafeOutput file, string? path, int exitCode, string? why)
    {
        if (file.IsStandardOutput)
        {
            try
            {
                file.Keep();
            }
            catch (OutputFailedException)
            {
                // Standard output is what failed.
            }
        }

        if (why is not null) io.Error.WriteLine(file.WorkingPath is not null ? $"{why} '{path}' is not written." : why);
        return exitCode;
    }
}
