using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

[CollectionDefinition(nameof(BusyPoolCollection), DisableParallelization = true)]
public sealed class BusyPoolCollection;

/// <summary>
/// The policy fingerprint is computed beside the build, on the thread pool; a first case that needs it before then
/// computes it itself. It used to wait for the pool's work item: when every pool thread was busy (a loaded machine,
/// a busy host, the test run itself), the first case waited behind them — past the build check's budget once, so an
/// honest host rule set failed to build, blamed on a shipped region. Alone in its collection: it takes the pool.
/// </summary>
[Collection(nameof(BusyPoolCollection))]
public sealed class BusyPoolTests
{
    [Fact]
    public void An_engine_builds_and_answers_its_first_case_while_every_pool_thread_is_busy()
    {
        ThreadPool.GetMaxThreads(out var workers, out var io);
        ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
        var release = new ManualResetEventSlim(); // not disposed: a queued item may start after the test
        var started = 0;
        PolicyDecision? decision = null;
        Exception? failed = null;
        var caller = new Thread(() =>
        {
            try
            {
                var engine = PolicyEngine.Create(o => o.AddRegion(Extension.HostRules.Testland).AddRuleSet(typeof(Extension.HostRules).Assembly));
                decision = engine.Evaluate(Cases.In(Regions.Kursk, Cases.Man(), Cases.Contract()));
            }
            catch (Exception e)
            {
                failed = e;
            }
        });
        try
        {
            // The pool held to as many threads as cores, each blocked: items are queued until one no longer starts.
            var busy = Environment.ProcessorCount;
            Assert.True(ThreadPool.SetMinThreads(busy, minIo));
            Assert.True(ThreadPool.SetMaxThreads(busy, io));
            for (var queued = 0; ; queued++)
            {
                Assert.True(queued <= busy + 1, "the pool kept starting threads");
                var before = Volatile.Read(ref started);
                ThreadPool.UnsafeQueueUserWorkItem(_ => { Interlocked.Increment(ref started); release.Wait(); }, null);
                if (!SpinWait.SpinUntil(() => Volatile.Read(ref started) > before, TimeSpan.FromSeconds(2))) break;
            }

            caller.Start();
            var answered = caller.Join(TimeSpan.FromSeconds(60));

            Assert.True(answered, "the first case waited for a pool thread");
            Assert.Null(failed);
            Assert.Equal(EnlistmentOutcome.Eligible, decision!.Enlistment!.Outcome);
            Assert.StartsWith("sha256:", decision.Policy!.Fingerprint, StringComparison.Ordinal);
        }
        finally
        {
            release.Set();
            ThreadPool.SetMaxThreads(workers, io);
            ThreadPool.SetMinThreads(minWorkers, minIo);
            caller.Join(TimeSpan.FromSeconds(60));
        }
    }
}
