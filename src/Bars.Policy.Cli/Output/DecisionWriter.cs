namespace Bars.Policy.Cli.Output;

/// <summary>
/// One of <c>batch</c>'s output formats: what the workers make of each case and decision (<see cref="Map"/>, in
/// parallel), and how the answers are written, in input order, on the writing thread (<see cref="Write"/>).
/// </summary>
/// <typeparam name="TRow">What one answer is made into.</typeparam>
internal abstract class DecisionWriter<TRow> : IAsyncDisposable
{
    /// <summary>Made in a worker, from several threads at once: must not touch the writer's state.</summary>
    /// <param name="result">The case as read (null for a line that could not be read), its decision and the population's own fields.</param>
    /// <returns>The answer, ready to write.</returns>
    public abstract TRow Map(BatchResult result);

    /// <summary>Writes one answer, in input order.</summary>
    /// <param name="row">The answer.</param>
    public abstract ValueTask Write(TRow row);

    /// <summary>Every answer is written: completes the format (a CSV header when there were no rows, Parquet's last row group and footer).</summary>
    /// <returns>When done.</returns>
    public abstract ValueTask Finish();

    /// <inheritdoc/>
    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
