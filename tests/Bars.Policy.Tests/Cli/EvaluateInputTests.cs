using System.Text;

namespace Bars.Policy.Tests.Cli;

/// <summary>How <c>evaluate</c> reads its document: strict UTF-8, one byte-order mark at most, a bounded size.</summary>
public sealed class EvaluateInputTests
{
    private static CliResult EvaluateFile(byte[] bytes, params string[] options)
    {
        using var temp = new TempFolder();
        var path = temp.File("case.json");
        File.WriteAllBytes(path, bytes);
        return CliHarness.Run(["evaluate", path, "--compact", .. options]);
    }

    [Fact]
    public void Evaluate_InvalidUtf8_IsRefusedNamingTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes(CaseJson.Valid("id-X", "Kursk"));
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3; // a lead byte with no continuation

        var run = EvaluateFile(bytes);

        Assert.Equal(2, run.ExitCode);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        var error = Assert.Single(decision.Errors);
        Assert.Equal("$", error.Path);
        Assert.Equal($"is not valid UTF-8 at byte {at + 1}.", error.Message);
    }

    [Fact]
    public void Evaluate_OneByteOrderMark_IsSkipped_ASecondIsAnError()
    {
        var json = Encoding.UTF8.GetBytes(CaseJson.Valid("a", "Kursk"));

        var one = EvaluateFile([0xEF, 0xBB, 0xBF, .. json]);
        var two = EvaluateFile([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. json]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(2, two.ExitCode);
        Assert.Equal("starts with a second byte-order mark; only the input's first bytes may be one.", Assert.Single(PolicyJson.ReadDecision(two.Stdout).Errors).Message);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Evaluate_Utf16_IsRefusedWithAClearMessage(string encoding)
    {
        var utf16 = Encoding.GetEncoding(encoding);

        var run = EvaluateFile([.. utf16.GetPreamble(), .. utf16.GetBytes(CaseJson.Valid("a", "Kursk"))]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("is UTF-16", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DocumentLongerThanTheMaximum_IsAnError()
    {
        var json = CaseJson.Valid("big", "Kursk");
        var padded = Encoding.UTF8.GetBytes(json.TrimEnd('}') + new string(' ', 2000) + "}");

        var run = EvaluateFile(padded, "--max-document-bytes", "1000");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("is longer than 1,000 bytes.", Assert.Single(PolicyJson.ReadDecision(run.Stdout).Errors).Message);
    }

    [Fact]
    public void Evaluate_DocumentOfExactlyTheMaximum_IsRead()
    {
        var json = Encoding.UTF8.GetBytes(CaseJson.Valid("exact", "Kursk", withContract: true).Replace(",", ",\n", StringComparison.Ordinal));

        var run = EvaluateFile(json, "--max-document-bytes", json.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, run.ExitCode);
    }
}
