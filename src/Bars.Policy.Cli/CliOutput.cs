namespace Bars.Policy.Cli;

/// <summary>An output opened by <see cref="CliStreams.OpenOutput"/>: a file, closed on dispose, or standard output, flushed.</summary>
internal sealed class CliOutput(TextWriter writer, bool owned) : IDisposable, IAsyncDisposable
{
    public TextWriter Writer => writer;

    public void Dispose()
    {
        if (owned) writer.Dispose();
        else writer.Flush();
    }

    public async ValueTask DisposeAsync()
    {
        if (owned) await writer.DisposeAsync().ConfigureAwait(false);
        else await writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
