using System.Runtime.CompilerServices;

namespace Bars.Policy;

/// <summary>
/// What a batch reads (<see cref="PolicyEngine.EvaluateMany{T}(BatchInput, Func{BatchResult, T}, BatchOptions, CancellationToken)"/>):
/// cases the host has built, or JSON Lines, cut by the library from a stream (<see cref="JsonLinesInput"/>) or given
/// as lines the host has cut itself. JSON is read in the batch's workers, so reading scales with them.
/// </summary>
public abstract class BatchInput
{
    private protected BatchInput()
    {
    }

    /// <summary>Cases the host has built; a null case is answered as a missing one.</summary>
    /// <param name="cases">The cases, read one at a time as the workers need them.</param>
    /// <returns>The input.</returns>
    public static BatchInput Cases(IAsyncEnumerable<PolicyCase?> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseStream(cases);
    }

    /// <summary>
    /// JSON Lines the host has cut itself: one case per line, as UTF-8 without its line end; line 1 may open with a
    /// UTF-8 byte-order mark. Each line must stay unchanged until it is answered (give each its own memory).
    /// </summary>
    /// <param name="lines">The lines; line numbers in messages count from 1.</param>
    /// <returns>The input.</returns>
    public static BatchInput JsonLines(IAsyncEnumerable<ReadOnlyMemory<byte>> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new LineStream(lines);
    }

    /// <summary>
    /// Cases as JSON the host has made and numbered itself (a CSV file's rows, say): each error names the line by the
    /// host's number. No byte-order mark is skipped; a line must stay unchanged until it is answered.
    /// </summary>
    /// <param name="lines">The numbered lines.</param>
    /// <returns>The input.</returns>
    public static BatchInput JsonLines(IAsyncEnumerable<JsonLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new NumberedStream(lines);
    }

    /// <summary>JSON Lines read from a stream of UTF-8 (a file, standard input, a request body): see <see cref="JsonLinesInput"/>.</summary>
    /// <param name="utf8">The stream; read, never closed.</param>
    /// <param name="limits">The longest line and the most lines read; the defaults of <see cref="JsonLinesLimits"/> when null.</param>
    /// <returns>The input, which also says how far it has read.</returns>
    public static JsonLinesInput JsonLines(Stream utf8, JsonLinesLimits? limits = null) => new(utf8, limits);

    /// <summary>Whether the input is JSON lines (which may carry fields beside the case, <see cref="BatchOptions.PassThrough"/>).</summary>
    internal virtual bool HoldsLines => true;

    /// <summary>The items in input order; JSON is not read here but in the workers.</summary>
    internal abstract IAsyncEnumerable<BatchItem> ItemsAsync(CancellationToken cancellationToken);

    private sealed class CaseStream(IAsyncEnumerable<PolicyCase?> cases) : BatchInput
    {
        internal override bool HoldsLines => false;

        internal override async IAsyncEnumerable<BatchItem> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var c in cases.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return BatchItem.OfCase(c);
        }
    }

    private sealed class NumberedStream(IAsyncEnumerable<JsonLine> lines) : BatchInput
    {
        internal override async IAsyncEnumerable<BatchItem> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return BatchItem.OfLine(line.Number, line.Bytes, mayOpenWithBom: false);
        }
    }

    private sealed class LineStream(IAsyncEnumerable<ReadOnlyMemory<byte>> lines) : BatchInput
    {
        internal override async IAsyncEnumerable<BatchItem> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            long number = 0;
            await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                number++;
                yield return BatchItem.OfLine(number, line, mayOpenWithBom: number == 1);
            }
        }
    }
}
