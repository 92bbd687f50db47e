namespace Bars.Policy;

public sealed partial class PolicyEngine
{
    /// <summary>
    /// Like <see cref="EvaluateManyJson{T}(IAsyncEnumerable{ReadOnlyMemory{byte}}, Func{BatchResult, T}, BatchOptions, CancellationToken)"/>,
    /// with <paramref name="map"/> given the case each line was read as besides its result, so that an output can
    /// carry what the case says and the decision does not (an applicant's age, a contract's length): a table row,
    /// say. The case is null for a line that could not be read. (A name of its own: an overload would make a call
    /// with a null map ambiguous.)
    /// </summary>
    /// <typeparam name="T">What the caller makes of a case and its result.</typeparam>
    /// <param name="lines">The lines as UTF-8, without their line ends, each unchanged until answered; line numbers in
    /// messages count from 1.</param>
    /// <param name="map">
    /// Turns one case and its result into the output; called once per line, from several threads at once and not
    /// in input order, so it must be thread-safe. An exception it throws ends the batch and is rethrown to the reader.
    /// </param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one output per line, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<T> EvaluateManyJsonWithCases<T>(IAsyncEnumerable<ReadOnlyMemory<byte>> lines, Func<PolicyCase?, BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(map);
        return Run(
            lines,
            item =>
            {
                var read = JsonLines.ReadLine(item.Item.Span, item.Index + 1);
                return map(read.Case, new BatchResult(item.Index, AnswerInBatch(read)));
            },
            options,
            Utf8LineSize,
            cancellationToken);
    }
}
