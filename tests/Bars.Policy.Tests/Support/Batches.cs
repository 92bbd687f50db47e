using System.Runtime.CompilerServices;
using System.Text;

namespace Bars.Policy.Tests;

/// <summary>
/// The batch tests' shorthand for <see cref="PolicyEngine.EvaluateMany{T}"/>: cases or JSON lines given as text (the
/// library reads JSON Lines as UTF-8 only, so each line is encoded first, strictly: a lone surrogate throws here).
/// </summary>
internal static class Batches
{
    public static IAsyncEnumerable<BatchResult> EvaluateCases(this PolicyEngine engine, IAsyncEnumerable<PolicyCase?> cases, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        engine.EvaluateMany(BatchInput.Cases(cases), static r => r, options, cancellationToken);

    public static IAsyncEnumerable<T> EvaluateCases<T>(this PolicyEngine engine, IAsyncEnumerable<PolicyCase?> cases, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        engine.EvaluateMany(BatchInput.Cases(cases), map, options, cancellationToken);

    public static IAsyncEnumerable<BatchResult> EvaluateLines(this PolicyEngine engine, IAsyncEnumerable<string> lines, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        engine.EvaluateMany(BatchInput.JsonLines(Utf8(lines)), static r => r, options, cancellationToken);

    public static IAsyncEnumerable<T> EvaluateLines<T>(this PolicyEngine engine, IAsyncEnumerable<string> lines, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        engine.EvaluateMany(BatchInput.JsonLines(Utf8(lines)), map, options, cancellationToken);

    public static IAsyncEnumerable<BatchResult> EvaluateLines(this PolicyEngine engine, IAsyncEnumerable<ReadOnlyMemory<byte>> lines, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        engine.EvaluateMany(BatchInput.JsonLines(lines), static r => r, options, cancellationToken);

    public static IAsyncEnumerable<T> EvaluateLines<T>(this PolicyEngine engine, IAsyncEnumerable<ReadOnlyMemory<byte>> lines, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        engine.EvaluateMany(BatchInput.JsonLines(lines), map, options, cancellationToken);

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static IAsyncEnumerable<ReadOnlyMemory<byte>> Utf8(IAsyncEnumerable<string> lines) => lines is null ? null! : Encoded(lines);

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Encoded(IAsyncEnumerable<string> lines, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        await foreach (var line in lines.WithCancellation(cancel).ConfigureAwait(false)) yield return line is null ? ReadOnlyMemory<byte>.Empty : Strict.GetBytes(line);
    }
}
