using System.Text;
using Bars.Policy.Cli;

namespace Bars.Policy.Tests.Cli;

/// <summary>Standard input given as bytes, as a shell gives it: the same rules as a file.</summary>
public sealed class StdinBytesTests
{
    internal static CliResult RunWithStdinBytes(Stream stdin, params string[] args)
    {
        using var output = new Stdout();
        using var error = new StringWriter();
        var exit = new CliApp(stdin, output, error).Run(args);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("evaluate")]
    [InlineData("compare")]
    public void Utf16OnStandardInput_IsRefusedWithAClearMessage(string command)
    {
        var utf16 = Encoding.Unicode;
        using var stdin = new MemoryStream([.. utf16.GetPreamble(), .. utf16.GetBytes(CaseJson.Valid("a", "Kursk") + "\n")]);
        string[] reform = command == "compare" ? ["--reform", CliHarness.SamplePath("reform.json")] : [];

        var run = RunWithStdinBytes(stdin, [command, "-", .. reform]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("bars-policy: cannot read standard input: it is UTF-16", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8OnStandardInput_IsAnsweredAsInAFile()
    {
        var bytes = Encoding.UTF8.GetBytes(CaseJson.Valid("id-X", "Kursk") + "\n");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0x80; // a continuation byte with no lead

        var run = RunWithStdinBytes(new MemoryStream(bytes), "batch", "-");

        Assert.Equal(ExitCodes.InvalidCase, run.ExitCode); // its one line is invalid: every line is (issue 23)
        Assert.Equal($"line 1 is not valid UTF-8 at byte {at + 1}.", Assert.Single(PolicyJson.ReadDecision(Assert.Single(run.StdoutLines)).Errors).Message);
    }

    [Fact]
    public void Evaluate_EndlessStandardInput_StopsReadingJustPastTheMaximum()
    {
        var zeros = new Zeros(long.MaxValue);

        var run = RunWithStdinBytes(zeros, "evaluate", "-", "--compact");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("is longer than 1,048,576 bytes.", Assert.Single(PolicyJson.ReadDecision(run.Stdout).Errors).Message);
        Assert.True(zeros.BytesRead <= (1 << 20) + 4, $"read {zeros.BytesRead:N0} bytes");
    }

    [Fact]
    public void Batch_StandardInputOfZerosThenACase_AnswersBoth()
    {
        var zeros = new Zeros(8 << 20);
        using var stdin = new ConcatStream(zeros, new MemoryStream(Encoding.UTF8.GetBytes("\n" + CaseJson.Valid("after", "Kursk") + "\n")));

        var run = RunWithStdinBytes(stdin, "batch", "-", "--max-line-bytes", "4096");

        Assert.Equal(0, run.ExitCode);
        var answers = run.StdoutLines.Select(PolicyJson.ReadDecision).ToList();
        Assert.Equal(2, answers.Count);
        Assert.Equal("line 1 is longer than 4,096 bytes.", Assert.Single(answers[0].Errors).Message);
        Assert.Equal("after", answers[1].CaseId);
        Assert.True(answers[1].IsValid);
    }

    /// <summary>A stream of zero bytes that counts what was read from it.</summary>
    internal sealed class Zeros(long length) : ReadOnlyInputStream
    {
        public long BytesRead { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - BytesRead);
            buffer[..n].Clear();
            BytesRead += n;
            return n;
        }
    }

    /// <summary>One stream, then another.</summary>
    private sealed class ConcatStream(Stream first, Stream second) : ReadOnlyInputStream
    {
        private bool onSecond;

        public override int Read(Span<byte> buffer)
        {
            if (!onSecond)
            {
                var n = first.Read(buffer);
                if (n > 0) return n;
                onSecond = true;
            }

            return second.Read(buffer);
        }
    }
}
