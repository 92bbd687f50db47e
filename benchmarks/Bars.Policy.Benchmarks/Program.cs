using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Bars.Policy.Benchmarks.EvaluateBenchmarks).Assembly).Run(args);
