using BenchmarkDotNet.Running;
using Bars.Policy.Benchmarks;

// --memory N: stream N generated cases through the batch and report the working set (not a BenchmarkDotNet run).
if (args.Length == 2 && args[0] == "--memory" && long.TryParse(args[1], out var count))
{
    return MemoryCheck.Run(count);
}

BenchmarkSwitcher.FromAssembly(typeof(PerCaseBenchmarks).Assembly).Run(args);
return 0;
