namespace Bars.Policy.Cli;

/// <summary>An input opened by <see cref="CliStreams.OpenInput"/>: a file, closed on dispose, or standard input, left open.</summary>
internal sealed class CliInput(Stream stream, string name, long length, bool owned) : IDisposable
{
    /// <summary>The input as bytes: the tool decodes them itself, strictly (see <see cref="InputRules"/>).</summary>
    public Stream Stream => stream;

    /// <summary>How messages name the input: its path, or "standard input".</summary>
    public string Name => name;

    /// <summary>The file's length in bytes; 0 for standard input (or any stream whose length is unknown).</summary>
    public long Length => length;

    public void Dispose()
    {
        if (owned) stream.Dispose();
    }
}
