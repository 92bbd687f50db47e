using System.Reflection;
using System.Security.Cryptography;
using Bars.Policy.Cli;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// A large file output goes on to disk while it is written (every 64 MiB, beside the run), so the flush before the
/// rename waits only for its last part (issue 24): the file is still whole, replaced only on commit, kept whole when
/// the run stops, and a failed write to disk fails the commit as the last flush would.
/// </summary>
public sealed class WritebackTests
{
    private const int Lines = 150; // 150 MiB: two write-backs while it is written
    private static readonly byte[] Line = Enumerable.Range(0, (1 << 20) - 1).Select(i => (byte)('a' + (i % 26))).ToArray();

    [Fact]
    public void A_large_file_is_committed_whole_and_only_then_replaces_its_target()
    {
        using var temp = new TempFolder();
        var path = temp.Write("out.jsonl", "the earlier file\n");
        using (var output = new SafeOutput(path, keepOnFailure: false, resume: false))
        {
            var expected = Write(output);
            Assert.Equal("the earlier file\n", File.ReadAllText(path));
            output.Commit();
            Assert.Equal(expected, Hash(path));
        }

        Assert.False(File.Exists(path + SafeOutput.WorkingSuffix));
    }

    [Fact]
    public void A_large_file_stopped_early_keeps_its_working_file_whole()
    {
        using var temp = new TempFolder();
        var path = temp.File("out.jsonl");
        string expected;
        using (var output = new SafeOutput(path, keepOnFailure: true, resume: false))
        {
            expected = Write(output);
            output.Keep();
        }

        Assert.False(File.Exists(path));
        Assert.Equal(expected, Hash(path + SafeOutput.WorkingSuffix));
    }

    [Fact]
    public void A_failed_write_to_disk_fails_the_commit_and_leaves_the_target()
    {
        using var temp = new TempFolder();
        var path = temp.Write("out.jsonl", "the earlier file\n");
        using var output = new SafeOutput(path, keepOnFailure: false, resume: false);
        output.WriteUtf8Line("{}"u8);

        // As a write-back that the disk refused leaves it: Linux reports such an error once, to that flush.
        typeof(SafeOutput).GetField("toDisk", BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(output, Task.FromException(new IOException("Input/output error")));

        var failure = Assert.Throws<OutputFailedException>(output.Commit);
        Assert.Contains("Input/output error", failure.Message, StringComparison.Ordinal);
        Assert.Equal("the earlier file\n", File.ReadAllText(path));
        Assert.False(File.Exists(path + SafeOutput.WorkingSuffix));
    }

    private static string Write(SafeOutput output)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < Lines; i++)
        {
            output.WriteUtf8Line(Line);
            hash.AppendData(Line);
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }

    private static string Hash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(file));
    }
}
