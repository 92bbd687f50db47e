using Bars.Policy.Cli;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Cli;

/// <summary>What one in-process run of <c>bars-policy</c> produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of standard output, without the final newline.</summary>
    public string[] StdoutLines => Lines(Stdout);

    public static string[] Lines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalized.EndsWith('\n')) normalized = normalized[..^1];
        return normalized.Length == 0 ? [] : normalized.Split('\n');
    }
}

/// <summary>Runs the CLI in-process with given standard input, capturing standard output and error.</summary>
internal static class CliHarness
{
    // A .NET stack trace line starts with three spaces and "at ".
    public const string StackTraceMarker = "   at ";

    public static CliResult RunWithStdin(string stdin, params string[] args)
    {
        using var input = Stdin.Of(stdin);
        using var output = new Stdout();
        using var error = new StringWriter();
        var exit = new CliApp(input, output, error).Run(args);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public static CliResult Run(params string[] args) => RunWithStdin("", args);

    public static string SamplePath(string name) => Repo.Path("docs", "samples", name);
}

/// <summary>A fresh folder under the system temp path, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bars-policy-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder; the file is not created.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark and returns the file's path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}

/// <summary>Cases as JSON text, shaped like the contract in docs/design.</summary>
internal static class CaseJson
{
    public static string Valid(string caseId, string region, string sex = "Male", string birthDate = "1984-05-01", bool withContract = true)
    {
        var contract = withContract ? ""","contract":{"months":12,"startDate":"2024-09-01","terminatedEarlyOn":null},"injuries":[]""" : "";
        return "{\"caseId\":\"" + caseId + "\",\"region\":\"" + region + "\",\"asOf\":\"2024-10-01\","
            + "\"applicant\":{\"birthDate\":\"" + birthDate + "\",\"sex\":\"" + sex + "\","
            + "\"healthRestriction\":false,\"missingLimbOrProsthesis\":false,\"medicalQualification\":false,"
            + "\"publicOfficial\":false,\"criminalConviction\":false,\"activeMilitary\":false,\"formerWarParticipant\":false}"
            + contract + "}";
    }
}
