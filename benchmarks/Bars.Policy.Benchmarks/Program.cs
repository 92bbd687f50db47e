using BenchmarkDotNet.Running;
using Bars.Policy.Benchmarks;
using Bars.Policy.Benchmarks.RulesEngineEncoding;

// --check-rulesengine [n] [seed]: the RulesEngine encoding must agree with the reference implementation.
if (args.Length > 0 && args[0] == RulesEngineCheck.Switch)
{
    return RulesEngineCheck.RunFromArgs(args);
}

// --memory N: stream N generated cases through the batch and report the working set (not a BenchmarkDotNet run).
if (args.Length == 2 && args[0] == "--memory" && long.TryParse(args[1], out var count))
{
    return MemoryCheck.Run(count);
}

// --profile [rounds]: bytes and time of each step of one sequential evaluation (not a BenchmarkDotNet run).
if (args.Length > 0 && args[0] == EvaluationProfile.Switch)
{
    return EvaluationProfile.Run(args.Length > 1 && int.TryParse(args[1], out var rounds) ? rounds : 200);
}

// --explanations N: evaluations and time per question of why-not, screening and timeline (not a BenchmarkDotNet run).
if (args.Length == 2 && args[0] == ExplanationCost.Switch && int.TryParse(args[1], out var questions) && questions > 0)
{
    return ExplanationCost.Run(questions);
}

BenchmarkSwitcher.FromAssembly(typeof(PerCaseBenchmarks).Assembly).Run(args);
return 0;
