namespace Bars.Policy.Cli.Output;

/// <summary>
/// JSON Lines, one decision per line, its findings at the level asked for. The workers write each decision as UTF-8
/// JSON into a pooled array (<see cref="Utf8Decision"/>); the one thread writing answers in order only copies the
/// bytes to the output (a file, redirected standard output), or gives their text to a writer that takes no bytes.
/// </summary>
internal sealed class JsonLinesDecisionWriter(GuardedWriter output, FindingsDetail findings) : DecisionWriter<Utf8Decision>
{
    public override Utf8Decision Map(PolicyCase? policyCase, PolicyDecision decision) => Utf8Decision.Rent(decision, findings);

    public override ValueTask Write(Utf8Decision row)
    {
        try
        {
            output.WriteUtf8Line(row.Span);
        }
        finally
        {
            row.Return();
        }

        return ValueTask.CompletedTask;
    }

    public override ValueTask Finish() => ValueTask.CompletedTask;
}
