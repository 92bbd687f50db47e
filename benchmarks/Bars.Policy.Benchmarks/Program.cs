using BenchmarkDotNet.Running;
using Bars.Policy.Benchmarks.RulesEngineEncoding;

if (args.Length > 0 && args[0] == RulesEngineCheck.Switch)
{
    return RulesEngineCheck.RunFromArgs(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Bars.Policy.Benchmarks.EvaluateBenchmarks).Assembly).Run(args);
return 0;
