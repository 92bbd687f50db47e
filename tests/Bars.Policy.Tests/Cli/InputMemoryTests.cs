namespace Bars.Policy.Tests.Cli;

/// <summary>Runs alone: it measures what the whole process allocates, which tests running beside it would blur.</summary>
[CollectionDefinition(nameof(InputMemoryCollection), DisableParallelization = true)]
public sealed class InputMemoryCollection;

/// <summary>
/// One endless line (<c>batch /dev/zero</c>) or document: the tool answers it with an error and its memory does not
/// grow with it — it stops holding bytes at the maximum and skips the rest.
/// </summary>
[Collection(nameof(InputMemoryCollection))]
public sealed class InputMemoryTests
{
    private const int ZeroBytes = 64 << 20;

    [Fact]
    public void Batch_OneLineOf64MegabytesOfZeros_IsAnsweredTooLongWithoutBeingHeld()
    {
        using var temp = new TempFolder();
        var path = temp.File("zeros.jsonl");
        using (var file = File.Create(path)) file.SetLength(ZeroBytes);
        byte[] tail = [.. "\n"u8, .. System.Text.Encoding.UTF8.GetBytes(CaseJson.Valid("after", "Kursk"))];
        using (var file = new FileStream(path, FileMode.Append)) file.Write(tail);
        var output = temp.File("out.jsonl");

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var run = CliHarness.Run("batch", path, "-o", output);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(0, run.ExitCode);
        var answers = CliResult.Lines(File.ReadAllText(output)).Select(PolicyJson.ReadDecision).ToList();
        Assert.Equal(2, answers.Count);
        Assert.Equal("line 1 is longer than 1,048,576 bytes.", Assert.Single(answers[0].Errors).Message);
        Assert.True(answers[1].IsValid);
        // Holding the line would take 64 MB as bytes and 128 MB as text; the reader holds one 1 MiB window.
        Assert.True(allocated < 24 << 20, $"allocated {allocated:N0} bytes for a {ZeroBytes:N0}-byte line");
    }
}
