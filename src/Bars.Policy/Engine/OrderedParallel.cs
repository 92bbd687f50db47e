using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Bars.Policy.Engine;

/// <summary>
/// Maps a stream in parallel and yields the results in input order. Items travel in chunks (one task maps a
/// chunk) so the cost of scheduling is shared; at most <c>window</c> items are in flight (read but not yet
/// yielded), so memory stays flat however long the stream is; at most <c>parallelism</c> chunks are mapped at once.
/// </summary>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> Select<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> map,
        int parallelism,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Small windows keep chunks small too, so a short stream still spreads over the workers.
        var chunkSize = Math.Clamp(window / (4 * parallelism), 1, 64);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;

        // The channel holds the chunks' tasks in input order: its bound is the window, its order is the output's.
        var inFlight = Channel.CreateBounded<Task<TOut[]>>(new BoundedChannelOptions(Math.Max(1, window / chunkSize)) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var chunk = new List<TIn>(chunkSize);
                    await foreach (var item in source.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        chunk.Add(item);
                        if (chunk.Count < chunkSize) continue;
                        await inFlight.Writer.WriteAsync(Start(chunk, map, scheduler), stop.Token).ConfigureAwait(false);
                        chunk = new List<TIn>(chunkSize);
                    }

                    if (chunk.Count > 0) await inFlight.Writer.WriteAsync(Start(chunk, map, scheduler), stop.Token).ConfigureAwait(false);
                    inFlight.Writer.Complete();
                }
                catch (Exception ex)
                {
                    inFlight.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var task in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var result in await task.ConfigureAwait(false)) yield return result;
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            // The consumer stopped (done, cancelled or failed): stop reading the source.
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Expected when cancelled.
            }
        }
    }

    private static Task<TOut[]> Start<TIn, TOut>(List<TIn> chunk, Func<TIn, TOut> map, TaskScheduler scheduler) =>
        Task.Factory.StartNew(
            () =>
            {
                var results = new TOut[chunk.Count];
                for (var i = 0; i < results.Length; i++) results[i] = map(chunk[i]);
                return results;
            },
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            scheduler);
}
