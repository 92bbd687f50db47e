using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Bars.Policy.Json;

namespace Bars.Policy;

public static partial class PolicyJson
{
    /// <summary>
    /// Writes a decision as one JSON value with its findings at the <paramref name="findings"/> level:
    /// <see cref="FindingsDetail.Full"/> is exactly <see cref="Write(Utf8JsonWriter, PolicyDecision)"/>;
    /// <see cref="FindingsDetail.Ids"/> keeps each finding's <c>ruleId</c> and <c>claims</c>, and each parameter
    /// read its <c>name</c>, <c>value</c> and <c>citation.id</c>; <see cref="FindingsDetail.None"/> leaves out every
    /// <c>findings</c> and <c>parameters</c> member. Every other member is written as the contract writes it, in the
    /// same order.
    /// </summary>
    /// <param name="writer">Where to write; its options (escaping, indentation) are used as they are.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="findings">How much of each finding to keep.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="findings"/> is not a defined level.</exception>
    public static void Write(Utf8JsonWriter writer, PolicyDecision decision, FindingsDetail findings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        if (!Enum.IsDefined(findings)) throw new ArgumentOutOfRangeException(nameof(findings), findings, "Not a level of findings detail.");
        DecisionWriter.Write(writer, decision, findings);
    }

    /// <summary>
    /// Writes a decision as one line of UTF-8 JSON (no line end) into a pooled buffer, as
    /// <see cref="Write(Utf8JsonWriter, PolicyDecision, FindingsDetail)"/> writes it with the contract's escaping: for
    /// a host that copies answers to a stream or a pipe (a batch's workers write, one thread copies), with no string
    /// made. Dispose the result once its bytes are copied; they must not be read afterwards.
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="findings">How much of each finding to keep.</param>
    /// <returns>The bytes, in an array rented from the shared pool and given back on dispose.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="findings"/> is not a defined level.</exception>
    public static IMemoryOwner<byte> WriteUtf8(PolicyDecision decision, FindingsDetail findings = FindingsDetail.Full)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!Enum.IsDefined(findings)) throw new ArgumentOutOfRangeException(nameof(findings), findings, "Not a level of findings detail.");
        var scratch = DecisionScratch.Rent(indent: false);
        try
        {
            DecisionWriter.Write(scratch.Writer, decision, findings);
            scratch.Writer.Flush();
            return new PooledUtf8(scratch.Buffer.WrittenSpan);
        }
        finally
        {
            DecisionScratch.Return(scratch);
        }
    }
}
