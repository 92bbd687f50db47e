using System.Runtime.CompilerServices;

namespace Bars.Policy.Tests.Support;

/// <summary>
/// The tool stamps its outputs with the run's date, or SOURCE_DATE_EPOCH when set (the reproducible-builds
/// convention). The tests set it once for the process, so two runs of one command give the same bytes whatever
/// second they fall in, as the determinism tests compare.
/// </summary>
internal static class ReproducibleRuns
{
    /// <summary>2026-01-01T00:00:00Z.</summary>
    public const string Epoch = "1767225600";

#pragma warning disable CA2255 // A test assembly's own setting, before any test runs.
    [ModuleInitializer]
    internal static void FixTheRunDate() => Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", Epoch);
#pragma warning restore CA2255
}
