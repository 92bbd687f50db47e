namespace Bars.Policy.Tests.Cli;

/// <summary>
/// The reform file of <c>compare --reform</c>: every fault named by its JSON path in the format's own words, never
/// by a .NET type or parameter, and no shipped claim id cited in any spelling.
/// </summary>
public sealed class ReformFileTests
{
    private const string Good = "\"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"2024-01-01\"";
    private const string Citation = "\"citation\": { \"id\": \"Kursk order 18/2025\", \"quote\": \"y\" }";

    // What a message about the format must not show: the tool's insides.
    private static readonly string[] DotNet = ["Bars.Policy", "System.", "(Parameter '", "could not be converted", "deserialization", "LineNumber", "BytePositionInLine", "JSON value"];

    private static CliResult Compare(string reformJson)
    {
        using var temp = new TempFolder();
        var reform = temp.Write("reform.json", reformJson);
        return CliHarness.Run("compare", "--reform", reform, temp.Write("cases.jsonl", CaseJson.Valid("a", "Kursk") + "\n"));
    }

    private static CliResult Batch(string reformJson)
    {
        using var temp = new TempFolder();
        var reform = temp.Write("reform.json", reformJson);
        return CliHarness.Run("batch", "--reform", reform, temp.Write("cases.jsonl", CaseJson.Valid("a", "Kursk") + "\n"));
    }

    private static void AssertRefused(CliResult run, string expected)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.All(DotNet, s => Assert.DoesNotContain(s, run.Stderr, StringComparison.Ordinal));
    }

    // Issue 25, finding 3: a lone surrogate escaped anywhere in a reform file crashed compare (exit 134, a stack trace).
    [Theory]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"citation\": { \"id\": \"\\ud800\", \"quote\": \"y\" } } ] }", "$.parameters[0].citation.id")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"citation\": { \"id\": \"x\", \"quote\": \"a \\udc00 b\" } } ] }", "$.parameters[0].citation.quote")]
    [InlineData("{ \"parameters\": [ { \"region\": \"\\ud800\", \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }", "$.parameters[0].region")]
    [InlineData("{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"\\ud800\", \"value\": 1, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }", "$.parameters[0].parameter")]
    [InlineData("{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"\\ud800\", " + Citation + " } ] }", "$.parameters[0].effectiveFrom")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"\\ud800\": 1, " + Citation + " } ] }", "$.parameters[0]")]
    public void Compare_WithALoneSurrogateAnywhereInTheReform_RefusesItNamingThePlace(string reform, string path)
    {
        var run = Compare(reform);
        AssertRefused(run, $"{path} ");
        Assert.Contains("is not text: it holds a lone surrogate", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"parameters\": [ { \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }", "$.parameters[0].region is missing.")]
    [InlineData("{ \"parameters\": [ { \"region\": null, \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }", "$.parameters[0].region must be a string.")]
    [InlineData("{ \"parameters\": [ { \"region\": \"Kursk\", \"value\": 1, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }", "$.parameters[0].parameter is missing.")]
    [InlineData("{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": \"x\", \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }", "$.parameters[0].value must be a number.")]
    [InlineData("{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }", "$.parameters[0].value is missing.")]
    [InlineData("{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": 1, " + Citation + " } ] }", "$.parameters[0].effectiveFrom is missing.")]
    [InlineData("{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"2024-13-01\", " + Citation + " } ] }", "$.parameters[0].effectiveFrom must be a date written yyyy-MM-dd.")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"effectiveTo\": 5, " + Citation + " } ] }", "$.parameters[0].effectiveTo must be a date written yyyy-MM-dd.")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"citation\": { \"id\": \"x\" } } ] }", "$.parameters[0].citation.quote is missing.")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"citation\": { \"id\": 7, \"quote\": \"y\" } } ] }", "$.parameters[0].citation.id must be a string.")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"citation\": \"C7\" } ] }", "$.parameters[0].citation must be an object.")]
    [InlineData("{ \"parameters\": [ { " + Good + ", " + Citation + " }, 5 ] }", "$.parameters[1] must be an object.")]
    [InlineData("{ \"parameters\": [ null ] }", "$.parameters[0] must be an object.")]
    [InlineData("{ \"parameters\": {} }", "$.parameters must be a list.")]
    [InlineData("{ \"parameters\": null }", "$.parameters must be a list.")]
    [InlineData("{ }", "$.parameters is missing.")]
    [InlineData("[]", "$ must be an object.")]
    [InlineData("null", "$ must be an object.")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"region\": \"Bryansk\", " + Citation + " } ] }", "$.parameters[0].region is given more than once.")]
    [InlineData("{ \"parameters\": [ { " + Good + ", \"nickname\": 1, " + Citation + " } ] }", "$.parameters[0].nickname is not a field of the reform format.")]
    [InlineData("{ \"parameters\": [", "is not valid JSON at line 1, column")]
    [InlineData("x", "is not valid JSON at line 1, column 1.")]
    public void Compare_WithAFaultyReform_NamesTheFieldWithoutDotNetTypes(string reform, string expected) =>
        AssertRefused(Compare(reform), expected);

    [Theory]
    [InlineData("C7")]
    [InlineData("c7")]
    [InlineData(" C7")]
    [InlineData("C7 ")]
    [InlineData("\tc12\n")]
    [InlineData("\u04217")] // Cyrillic capital Es, which looks like C
    public void Compare_WithAReformCitingAShippedClaimIdInAnySpelling_IsRefused(string id)
    {
        var reform = "{ \"parameters\": [ { " + Good + ", \"citation\": { \"id\": " + System.Text.Json.JsonSerializer.Serialize(id) + ", \"quote\": \"y\" } } ] }";

        AssertRefused(Compare(reform), "a claim id of the shipped source");
    }

    // Issue 25, finding 11: the library's one rule for names and ids (PolicyNames), told at the reform's own path;
    // the strings are made in code, where a test attribute could mangle them.
    public static TheoryData<string, string, string> LookAlikes() => new()
    {
        { "citation id", "\uFF23\uFF17", "$.parameters[0].citation.id '\uFF23\uFF17' is read as 'C7', a claim id of the shipped source" },
        { "citation id", "C\u200B7", "$.parameters[0].citation.id 'C\\u200B7' holds U+200B, an invisible format character" },
        { "region", "\u041Aursk", "$.parameters[0].region '\u041Aursk' mixes scripts in the word '\u041Aursk'" },
        { "region", "Kursk\u200B", "$.parameters[0].region 'Kursk\\u200B' holds U+200B" },
        { "parameter", "MonthlyPay\u200DRub", "$.parameters[0].parameter 'MonthlyPay\\u200DRub' holds U+200D" },
        { "parameter", "\u041ConthlyPayRub", "$.parameters[0].parameter '\u041ConthlyPayRub' mixes scripts in the word '\u041ConthlyPayRub': Cyrillic U+041C and Latin U+006F" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Compare_WithALookAlikeNameOrId_IsRefusedAtItsPathShowingTheCodePoint(string field, string value, string expected)
    {
        var region = field == "region" ? value : "Kursk";
        var parameter = field == "parameter" ? value : "MonthlyPayRub";
        var id = field == "citation id" ? value : "Kursk order 18/2025";
        var reform = "{ \"parameters\": [ { \"region\": " + Json(region) + ", \"parameter\": " + Json(parameter) + ", \"value\": 1, \"effectiveFrom\": \"2024-01-01\", \"citation\": { \"id\": " + Json(id) + ", \"quote\": \"y\" } } ] }";

        // The message shows an invisible character as an escape (C\u200B7), a visible one as itself.
        AssertRefused(Compare(reform), expected);
    }

    private static string Json(string value) => System.Text.Json.JsonSerializer.Serialize(value);

    // Issue 23, point 7: every fault of the file at once, each at its path, in the reform's words.
    [Fact]
    public void Compare_WithSeveralFaults_ReportsEveryOneAtItsPath()
    {
        var reform = "{ \"parameters\": [ "
            + "{ \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": \"x\", \"effectiveFrom\": \"2024-01-01\", " + Citation + " }, "
            + "{ \"region\": \"Moscow\", \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"2024-13-01\", " + Citation + " }, "
            + "{ " + Good + ", \"nickname\": 1 }, "
            + "{ " + Good + ", \"effectiveTo\": \"2023-12-31\", " + Citation + " } ] }";

        var run = Compare(reform);

        AssertRefused(run, "it has 6 errors:");
        foreach (var fault in new[]
        {
            "$.parameters[0].value must be a number.",
            "$.parameters[1].region 'Moscow' is not a region of the policy: one of Belgorod, Bryansk, Kursk.",
            "$.parameters[1].effectiveFrom must be a date written yyyy-MM-dd.",
            "$.parameters[2].nickname is not a field of the reform format.",
            "$.parameters[2].citation is missing: a value with no citation cannot be used",
            "$.parameters[3].effectiveTo 2023-12-31 is before its effectiveFrom 2024-01-01.",
        })
        {
            Assert.Contains(fault, run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_WithValuesTheLibraryRefuses_ListsThemAllWithoutTheOptionsWords()
    {
        var reform = "{ \"parameters\": [ "
            + "{ " + Good + ", " + Citation + " }, "
            + "{ \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": 2, \"effectiveFrom\": \"2024-06-01\", " + Citation + " }, "
            + "{ \"region\": \"Kursk\", \"parameter\": \"MinimumAge\", \"value\": 17.5, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }";

        var run = Compare(reform);

        AssertRefused(run, "it has 2 errors:");
        Assert.Contains("overlapping periods", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("17.5 is not a possible value", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("The engine's options", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WithAnEmptyReform_RunsAndWarnsThatItChangesNothing()
    {
        var run = Compare("{ \"parameters\": [] }");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: the reform", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.parameters is empty: the reform changes nothing", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WithAValueEqualToTheOneInForce_WarnsNamingItsClaim()
    {
        var run = Compare("{ \"parameters\": [ { \"region\": \"Bryansk\", \"parameter\": \"MonthlyPayRub\", \"value\": 40000, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("$.parameters[0].value 40000 is the value of MonthlyPayRub already in force in Bryansk on 2024-01-01 (C9): this entry changes nothing from that day.", run.Stderr, StringComparison.Ordinal);
    }

    // Found 2026-12-04: batch --reform said nothing of a reform that changes nothing, where compare and evaluate warn.
    [Fact]
    public void Batch_WithAnEmptyReform_AnswersAndWarnsThatItChangesNothing()
    {
        var run = Batch("{ \"parameters\": [] }");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.StdoutLines);
        Assert.Contains("warning: the reform", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("$.parameters is empty: the reform changes nothing", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_WithAValueEqualToTheOneInForce_WarnsNamingItsClaim()
    {
        var run = Batch("{ \"parameters\": [ { \"region\": \"Bryansk\", \"parameter\": \"MonthlyPayRub\", \"value\": 40000, \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("$.parameters[0].value 40000 is the value of MonthlyPayRub already in force in Bryansk on 2024-01-01 (C9): this entry changes nothing from that day.", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50000.555", true)]
    [InlineData("50000.5", false)]
    [InlineData("50000.55", false)]
    [InlineData("50000.550", false)]
    public void Compare_WithASubKopeckAmount_WarnsAndUsesItAsWritten(string value, bool warned)
    {
        var run = Compare("{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": " + value + ", \"effectiveFrom\": \"2024-01-01\", " + Citation + " } ] }");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(warned, run.Stderr.Contains($"$.parameters[0].value {value} roubles has a fraction of a kopeck", StringComparison.Ordinal));
    }

    [Fact]
    public void HostValue_CitingAShippedClaimIdInAnotherCase_IsRefusedAtBuild()
    {
        var ex = Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(o =>
            o.Parameters.Set("Kursk", Parameter.MonthlyPayRub, 1m, new DateOnly(2024, 1, 1), new SourceCitation(" c7 ", "y"))));

        Assert.Contains("a claim id of the shipped source", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WithTheSampleReform_StillRuns()
    {
        var run = Compare(File.ReadAllText(CliHarness.SamplePath("reform.json")));

        Assert.Equal(0, run.ExitCode);
    }

    // Issue 25, finding 18: `compare --reform -` said "Could not find file '-'", though - means standard input.
    [Fact]
    public void Compare_ReadsTheReformFromStandardInputForADash()
    {
        using var temp = new TempFolder();
        var reform = File.ReadAllText(CliHarness.SamplePath("reform.json"));
        var cases = temp.Write("cases.jsonl", CaseJson.Valid("a", "Kursk") + "\n" + CaseJson.Valid("b", "Bryansk") + "\n");

        var fromStdin = CliHarness.RunWithStdin(reform, "compare", "--reform", "-", cases);
        var fromFile = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases);

        Assert.True(fromStdin.ExitCode == 0, fromStdin.Stderr);
        // The same comparison; only the provenance's name of where the reform came from differs (same bytes, same hash).
        Assert.Contains("\"name\": \"standard input\"", fromStdin.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout.Replace("\"name\": \"standard input\"", "\"name\": \"reform.json\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_RefusesTheReformAndTheCasesBothFromStandardInput()
    {
        var run = CliHarness.RunWithStdin("", "compare", "--reform", "-", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot both be standard input", run.Stderr, StringComparison.Ordinal);
    }
}
