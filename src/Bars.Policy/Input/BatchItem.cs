namespace Bars.Policy;

/// <summary>
/// One input of a batch on its way to a worker: a case, a line to read there, or a line already answered by the
/// reader (too long, past a limit). <see cref="Line"/> is the input's own line number (0 for a case), so a batch
/// that starts mid-input (a resumed run) still names its lines as the input numbers them.
/// </summary>
internal readonly record struct BatchItem(long Line, ReadOnlyMemory<byte> Utf8, PolicyCase? Case, CaseReadResult? Refused, bool MayOpenWithBom)
{
    public static BatchItem OfCase(PolicyCase? c) => new(0, default, c, null, false);

    public static BatchItem OfLine(long number, ReadOnlyMemory<byte> utf8, bool mayOpenWithBom) => new(number, utf8, null, null, mayOpenWithBom);

    public static BatchItem Answered(long number, CaseReadResult refused) => new(number, default, null, refused, false);

    /// <summary>What the item holds in memory while it waits, for the batch's byte budget.</summary>
    public long Size => Utf8.Length;
}
