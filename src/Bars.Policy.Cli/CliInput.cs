namespace Bars.Policy.Cli;

/// <summary>An input opened by <see cref="CliStreams.OpenInput"/>: a file, closed on dispose, or standard input, left open.</summary>
/// <param name="Stream">The input as bytes, counted and hashed as it is read: the tool decodes them itself, strictly (see <see cref="Utf8Document"/>, <see cref="JsonLinesInput"/>).</param>
/// <param name="Name">How messages name the input: its path, quoted, or "standard input".</param>
/// <param name="Length">The file's length in bytes; 0 for standard input (or any stream whose length is unknown).</param>
internal sealed record CliInput(CountedStream Stream, string Name, long Length) : IDisposable
{
    public void Dispose() => Stream.Dispose();
}
