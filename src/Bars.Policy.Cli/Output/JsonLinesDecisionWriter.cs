using System.Buffers;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// JSON Lines, one decision per line, its findings at the level asked for. The workers write each decision as UTF-8
/// JSON into a pooled array (the library's <see cref="PolicyJson.WriteUtf8"/>); the one thread writing answers in
/// order only copies the bytes to the output (a file, redirected standard output), or gives their text to a writer
/// that takes no bytes.
/// </summary>
internal sealed class JsonLinesDecisionWriter(SafeOutput output, FindingsDetail findings, PassThroughColumns passThrough) : DecisionWriter<IMemoryOwner<byte>>
{
    public override IMemoryOwner<byte> Map(BatchResult result)
    {
        var json = PolicyJson.WriteUtf8(result.Decision, findings);
        if (!passThrough.Any) return json;
        using (json) return new Owned(passThrough.AppendTo(json.Memory.Span, result.PassThrough));
    }

    public override ValueTask Write(IMemoryOwner<byte> row)
    {
        using (row)
        {
            output.WriteUtf8Line(row.Memory.Span);
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask Finish() => ValueTask.CompletedTask;

    // A line with the population's columns is its own array: nothing to give back.
    private sealed class Owned(byte[] bytes) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory => bytes;

        public void Dispose()
        {
        }
    }
}
