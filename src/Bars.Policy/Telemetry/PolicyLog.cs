using Microsoft.Extensions.Logging;

namespace Bars.Policy.Telemetry;

/// <summary>The engine's log messages, each with its event id (source-generated: nothing is formatted when the level is off).</summary>
internal static partial class PolicyLog
{
    [LoggerMessage(1, LogLevel.Information, "Policy engine built in {ElapsedMs} ms: {Rules} rules, regions {Regions}, policy {Fingerprint}.")]
    public static partial void Built(ILogger logger, long elapsedMs, int rules, string regions, string fingerprint);

    [LoggerMessage(2, LogLevel.Warning, "Region {Region} runs on Rete, about ten times slower than in sequence: {Reason}")]
    public static partial void FellBackToRete(ILogger logger, string region, string reason);

    [LoggerMessage(3, LogLevel.Error, "Rule {Rule} failed on case '{CaseId}'; the case has no decision.")]
    public static partial void RuleFailed(ILogger logger, string rule, string caseId, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Region {Region} compiled in {ElapsedMs} ms ({Execution}).")]
    public static partial void Compiled(ILogger logger, string region, long elapsedMs, PolicyExecution execution);

    [LoggerMessage(5, LogLevel.Information, "Region {Region} runs {Count} rules from their expressions, compiled at run time (the shipped rules run as C# compiled with the library): {Rules}.")]
    public static partial void FromExpressions(ILogger logger, string region, int count, string rules);
}
