namespace Bars.Policy.Cli;

/// <summary>
/// An output opened by <see cref="CliStreams.OpenOutput"/>: a file written through a <see cref="SafeOutput"/>
/// (in place only on <see cref="Commit"/>), or standard output. Every write failure surfaces as an
/// <see cref="OutputFailedException"/>.
/// </summary>
internal sealed class CliOutput : IDisposable, IAsyncDisposable
{
    private readonly SafeOutput? file;
    private TextWriter? writer;
    private bool finished;
    private bool disposed;

    public CliOutput(TextWriter standardOutput)
    {
        writer = standardOutput;
    }

    public CliOutput(SafeOutput file)
    {
        this.file = file;
    }

    // Made on first use: a resumed file is read before it is written.
    public TextWriter Writer => writer ??= new GuardedWriter(file!.Writer, $"'{file.Name}'");

    /// <summary>The file behind the output; null for standard output.</summary>
    public SafeOutput? File => file;

    /// <summary>Everything is written: flushes, and puts a file in place of its target.</summary>
    public void Commit()
    {
        finished = true;
        Writer.Flush(); // the guard may hold bytes of its own (GuardedWriter.WriteUtf8Line): they go first
        file?.Commit();
    }

    /// <summary>Stopped early: flushes the lines written so far and keeps a file's working copy (see <see cref="SafeOutput.Keep"/>).</summary>
    public void Keep()
    {
        finished = true;
        Writer.Flush(); // the guard may hold bytes of its own (GuardedWriter.WriteUtf8Line): they go first
        file?.Keep();
    }

    /// <summary>Without <see cref="Commit"/> or <see cref="Keep"/>: standard output is flushed as far as it goes, a file is left as <see cref="SafeOutput.Dispose"/> says.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (file is not null)
        {
            try
            {
                if (!finished) writer?.Flush(); // the answers so far stay whole for --resume, as the file's own buffer does
            }
            catch (OutputFailedException)
            {
                // The output is what failed: what is lost is what a resume redoes.
            }

            file.Dispose();
            return;
        }

        if (finished) return;
        try
        {
            Writer.Flush();
        }
        catch (OutputFailedException)
        {
            // Already failing: the failure that stopped the run is the one reported.
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
