using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Bars.Policy.Engine;

/// <summary>
/// Maps a stream in parallel and yields the results in input order. Items travel in chunks (one task maps a
/// chunk) so the cost of scheduling is shared; at most <c>window</c> items, and (when sizes are given) about
/// <c>maxBytes</c> of them, are in flight (read but not yet yielded), so memory stays flat however long the stream
/// and its items are; at most <c>parallelism</c> chunks are mapped at once. A chunk is sent to the workers when it is
/// full, or as soon as the source has nothing ready, so a slow source's items are answered as they come.
/// </summary>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> Select<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> map,
        int parallelism,
        int window,
        long maxBytes = long.MaxValue,
        Func<TIn, long>? sizeOf = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Small windows keep chunks small too, so a short stream still spreads over the workers. The options'
        // upper bounds keep 4 * parallelism far from overflow.
        var chunkSize = Math.Clamp(window / (4 * parallelism), 1, 64);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;

        // The channel holds the chunks' tasks in input order; the budget, not the channel, bounds what is in flight,
        // since chunks may be partial.
        var inFlight = Channel.CreateUnbounded<Chunk<TOut>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var budget = new Budget(window, maxBytes);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => Produce(source, map, chunkSize, scheduler, inFlight.Writer, budget, sizeOf, stop.Token), CancellationToken.None);

        try
        {
            await foreach (var chunk in inFlight.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var result in await chunk.Results.ConfigureAwait(false)) yield return result;
                budget.Release(chunk.Count, chunk.Bytes);
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

    private static async Task Produce<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, TOut> map,
        int chunkSize,
        TaskScheduler scheduler,
        ChannelWriter<Chunk<TOut>> output,
        Budget budget,
        Func<TIn, long>? sizeOf,
        CancellationToken stop)
    {
        var chunk = new List<TIn>(chunkSize);
        long chunkBytes = 0;

        void Send()
        {
            budget.Take(chunk.Count, chunkBytes);
            output.TryWrite(new Chunk<TOut>(Start(chunk, map, scheduler), chunk.Count, chunkBytes)); // unbounded: always written
            chunk = new List<TIn>(chunkSize);
            chunkBytes = 0;
        }

        try
        {
            var items = source.GetAsyncEnumerator(stop);
            await using (items.ConfigureAwait(false))
            {
                while (true)
                {
                    // The source has nothing ready: what is read is answered now, not when the chunk fills up.
                    var next = items.MoveNextAsync();
                    if (!next.IsCompleted && chunk.Count > 0) Send();
                    if (!await next.ConfigureAwait(false)) break;

                    var item = items.Current;
                    var size = sizeOf?.Invoke(item) ?? 0;
                    if (!budget.HasRoom(chunk.Count, chunkBytes, size))
                    {
                        // Over the budget: the chunk goes out first, or nothing would ever release the room it holds.
                        if (chunk.Count > 0) Send();
                        await budget.WaitForRoomAsync(size, stop).ConfigureAwait(false);
                    }

                    chunk.Add(item);
                    chunkBytes += size;
                    if (chunk.Count == chunkSize) Send();
                }
            }

            if (chunk.Count > 0) Send();
            output.Complete();
        }
        catch (Exception ex)
        {
            // The source failed (or was cancelled): the items already read are answered before its exception.
            if (chunk.Count > 0 && !stop.IsCancellationRequested) Send();
            output.Complete(ex);
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

    private readonly record struct Chunk<TOut>(Task<TOut[]> Results, int Count, long Bytes);

    /// <summary>
    /// What is in flight, in items and bytes. The producer takes room a chunk at a time and the consumer gives it
    /// back a chunk at a time, so the shared counters are touched once a chunk, never once an item.
    /// </summary>
    private sealed class Budget(int maxItems, long maxBytes)
    {
        private readonly SemaphoreSlim released = new(0);
        private long items;
        private long bytes;
        private int waiting;

        /// <summary>Whether one more item of <paramref name="size"/> fits beside what was sent and the chunk being filled.</summary>
        public bool HasRoom(int pendingItems, long pendingBytes, long size)
        {
            var inFlightItems = Volatile.Read(ref items) + pendingItems;
            if (inFlightItems + 1 > maxItems) return false;

            // An item larger than the whole budget still goes, alone.
            return inFlightItems == 0 || Volatile.Read(ref bytes) + pendingBytes + size <= maxBytes;
        }

        public async Task WaitForRoomAsync(long size, CancellationToken cancel)
        {
            while (true)
            {
                // Say so before looking again (a full fence), so a release in between is never missed.
                Interlocked.Exchange(ref waiting, 1);
                if (HasRoom(0, 0, size)) return;
                await released.WaitAsync(cancel).ConfigureAwait(false);
            }
        }

        public void Take(int count, long size)
        {
            Interlocked.Add(ref items, count);
            if (size != 0) Interlocked.Add(ref bytes, size);
        }

        public void Release(int count, long size)
        {
            Interlocked.Add(ref items, -count);
            if (size != 0) Interlocked.Add(ref bytes, -size);
            if (Interlocked.Exchange(ref waiting, 0) == 1) released.Release();
        }
    }
}
