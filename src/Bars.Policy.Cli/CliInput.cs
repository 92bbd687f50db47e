namespace Bars.Policy.Cli;

/// <summary>An input opened by <see cref="CliStreams.OpenInput"/>: a file, closed on dispose, or standard input, left open.</summary>
internal sealed class CliInput(TextReader reader, long length, bool owned) : IDisposable
{
    public TextReader Reader => reader;

    /// <summary>The file's length in bytes; 0 for standard input (or any stream whose length is unknown).</summary>
    public long Length => length;

    public void Dispose()
    {
        if (owned) reader.Dispose();
    }
}
