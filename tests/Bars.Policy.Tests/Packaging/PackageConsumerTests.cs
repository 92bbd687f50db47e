using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bars.Policy.Tests.Support;
using Xunit.Abstractions;

namespace Bars.Policy.Tests.Packaging;

/// <summary>
/// The packages as a consumer gets them: <c>dotnet pack</c> of the library and the tool into a temp feed, the
/// library's package and symbols package opened and read, a fresh console project that restores the library
/// from that feed (its dependencies from the machine's configured source) and runs the readme's example and the
/// Bryansk sample, and the tool installed from the feed and run on the sample.
/// </summary>
public sealed class PackageConsumerTests(PackedFeed feed, ITestOutputHelper output) : IClassFixture<PackedFeed>
{
    [Fact]
    public void Library_package_holds_the_readme_the_assembly_and_its_xml_docs_and_a_symbols_package_is_beside_it()
    {
        AssertPacked(feed.LibraryPack, feed.LibraryPackage);

        var entries = PackedFeed.Entries(feed.LibraryPackage);
        var listing = string.Join(Environment.NewLine, entries);
        foreach (var expected in new[] { "README.md", "lib/net10.0/Bars.Policy.dll", "lib/net10.0/Bars.Policy.xml", "Bars.Policy.nuspec" })
        {
            Assert.True(entries.Contains(expected), $"{expected} is not in the package:{Environment.NewLine}{listing}");
        }

        Assert.Equal(
            File.ReadAllText(Repo.Path("docs", "package-readme.md")).ReplaceLineEndings(),
            PackedFeed.ReadEntry(feed.LibraryPackage, "README.md").ReplaceLineEndings());
        Assert.Contains("<member name=\"T:Bars.Policy.PolicyEngine\">", PackedFeed.ReadEntry(feed.LibraryPackage, "lib/net10.0/Bars.Policy.xml"), StringComparison.Ordinal);

        Assert.True(File.Exists(feed.LibrarySymbolsPackage), $"No symbols package {Path.GetFileName(feed.LibrarySymbolsPackage)}.{Environment.NewLine}{feed.LibraryPack.Describe()}");
        var symbols = PackedFeed.Entries(feed.LibrarySymbolsPackage);
        Assert.True(symbols.Contains("lib/net10.0/Bars.Policy.pdb"), "The symbols package has no PDB:" + Environment.NewLine + string.Join(Environment.NewLine, symbols));
    }

    [Fact]
    public void Library_nuspec_has_the_metadata_and_lists_its_dependencies_with_the_pinned_versions_as_lower_bounds()
    {
        AssertPacked(feed.LibraryPack, feed.LibraryPackage);
        var nuspecText = PackedFeed.ReadEntry(feed.LibraryPackage, "Bars.Policy.nuspec");
        output.WriteLine(nuspecText);
        var metadata = XDocument.Parse(nuspecText).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Meta(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("Bars.Policy", Meta("id"));
        Assert.Equal(feed.Version, Meta("version"));
        Assert.Equal("MIT", Meta("license"));
        Assert.Equal("README.md", Meta("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("description")), nuspecText);
        Assert.False(string.IsNullOrWhiteSpace(Meta("authors")), nuspecText);
        Assert.Contains("rules-as-code", Meta("tags") ?? "", StringComparison.Ordinal);

        // No machine path of the build may end up in the package's metadata.
        Assert.DoesNotContain(Repo.Path(), nuspecText, StringComparison.Ordinal);

        var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements().ToList();
        var group = Assert.Single(groups);
        Assert.Equal("net10.0", (string?)group.Attribute("targetFramework"));
        var dependencies = group.Elements().ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!);

        // The analyzers are PrivateAssets=all: not a dependency of consumers.
        Assert.Equal(["Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.Options", "NRules"], dependencies.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, range) in dependencies)
        {
            var (minimum, minimumInclusive, maximum) = ParseRange(range);
            Assert.True(minimumInclusive, $"{id} {range}: the lower bound should be inclusive.");
            Assert.Equal(PackedFeed.PinnedVersion(id), minimum);
            Assert.True(maximum is null, $"{id} {range}: a library should not cap its dependency's version.");
        }
    }

    [Fact]
    public void AspNetCore_package_holds_its_own_readme_and_leads_to_the_repository_and_depends_on_the_library()
    {
        AssertPacked(feed.AspNetCorePack, feed.AspNetCorePackage);
        var entries = PackedFeed.Entries(feed.AspNetCorePackage);
        foreach (var expected in new[] { "README.md", "lib/net10.0/Bars.Policy.AspNetCore.dll", "lib/net10.0/Bars.Policy.AspNetCore.xml" })
        {
            Assert.Contains(expected, entries);
        }

        Assert.Equal(File.ReadAllText(Repo.Path("docs", "aspnetcore-readme.md")).ReplaceLineEndings(), PackedFeed.ReadEntry(feed.AspNetCorePackage, "README.md").ReplaceLineEndings());
        var nuspecText = PackedFeed.ReadEntry(feed.AspNetCorePackage, "Bars.Policy.AspNetCore.nuspec");
        var metadata = XDocument.Parse(nuspecText).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement? Meta(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
        Assert.True(Uri.TryCreate(Meta("projectUrl")?.Value, UriKind.Absolute, out var project) && project.Scheme == Uri.UriSchemeHttps, nuspecText);
        Assert.Equal("git", (string?)Meta("repository")?.Attribute("type"));
        Assert.Contains(metadata.Descendants().Where(e => e.Name.LocalName == "dependency"), d => (string?)d.Attribute("id") == PackedFeed.LibraryId);
        Assert.Contains(metadata.Descendants().Where(e => e.Name.LocalName == "frameworkReference"), f => (string?)f.Attribute("name") == "Microsoft.AspNetCore.App");
    }

    [Fact]
    public void Library_nuspec_leads_to_the_repository_and_its_readme_to_every_docs_page()
    {
        AssertPacked(feed.LibraryPack, feed.LibraryPackage);
        var nuspecText = PackedFeed.ReadEntry(feed.LibraryPackage, "Bars.Policy.nuspec");
        var metadata = XDocument.Parse(nuspecText).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement? Meta(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

        var project = Meta("projectUrl")?.Value;
        Assert.True(Uri.TryCreate(project, UriKind.Absolute, out var projectUri) && projectUri.Scheme == Uri.UriSchemeHttps, nuspecText);
        Assert.Equal(project, (string?)Meta("repository")?.Attribute("url"));
        Assert.Equal("git", (string?)Meta("repository")?.Attribute("type"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("releaseNotes")?.Value), nuspecText);

        // The packed readme links each docs page at the project's address (relative links do not work on a feed).
        var readme = PackedFeed.ReadEntry(feed.LibraryPackage, "README.md");
        foreach (var page in Directory.GetFiles(Repo.Path("docs"), "*.md").Select(Path.GetFileName).Where(p => p != "package-readme.md"))
        {
            Assert.Contains($"({project}/blob/main/docs/{page})", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_fresh_console_project_restores_the_package_from_the_feed_and_runs_the_readme_example_and_the_Bryansk_sample()
    {
        AssertPacked(feed.LibraryPack, feed.LibraryPackage);
        var project = feed.NewFolder("consumer");

        // Empty Directory.* files stop MSBuild from looking further up for the repository's own.
        File.WriteAllText(Path.Combine(project, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(project, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(project, "Directory.Packages.props"), "<Project />\n");

        // The feed is added to the machine's sources, not put in their place: NRules and the rest come from there.
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="bars-policy-packaging-test-feed" value="{feed.Feed}" />
              </packageSources>
            </configuration>

            """);

        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Bars.Policy" Version="{feed.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="{PackedFeed.PinnedVersion("Microsoft.Extensions.DependencyInjection")}" />
              </ItemGroup>
            </Project>

            """);

        var sample = File.ReadAllText(Repo.Path("docs", "samples", "bryansk-case.json"));
        Assert.DoesNotContain("\"\"\"", sample, StringComparison.Ordinal);
        var program = ReadmeExample() + $$""""

            Console.WriteLine($"readme: {pay.Status} {pay.AmountRub?.ToString(System.Globalization.CultureInfo.InvariantCulture)} per {pay.Period}");

            var json = """
            {{sample.TrimEnd()}}
            """;
            var sampleDecision = PolicyEngine.CreateDefault().EvaluateJson(json);
            Console.WriteLine($"assembly: {typeof(PolicyEngine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false).Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion}");
            Console.WriteLine($"outcome: {sampleDecision.Enlistment?.Outcome}");
            Console.WriteLine($"monthlyPay: {sampleDecision.Entitlement(EntitlementKind.MonthlyPay).AmountRub?.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

            """";
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);

        var run = DotnetProcess.Run(project, ["run", "-c", "Release", "--disable-build-servers"]);
        output.WriteLine(run.Describe());
        Assert.True(run.Succeeded, run.Describe() + Environment.NewLine + "--- Program.cs ---" + Environment.NewLine + program);

        var lines = run.Stdout.ReplaceLineEndings("\n").Split('\n');
        AssertLine(lines, "outcome: Eligible", run);
        AssertLine(lines, "monthlyPay: 40000", run);
        AssertLine(lines, "readme: Entitled 40000 per Month", run);
        Assert.True(lines.Any(l => l.StartsWith("assembly: " + feed.Version, StringComparison.Ordinal)), "The assembly that ran is not the one packed at " + feed.Version + Environment.NewLine + run.Describe());
        Assert.True(lines.Any(l => l.StartsWith("Payment.MonthlyPayAtRegionalRate [C9] ", StringComparison.Ordinal)), "The readme example printed no finding for the monthly pay." + Environment.NewLine + run.Describe());
    }

    [Fact]
    public void Tool_package_declares_the_bars_policy_command_and_installs_and_evaluates_the_Bryansk_sample()
    {
        AssertPacked(feed.ToolPack, feed.ToolPackage);

        // The top-level package names the command and points to a package per runtime (the SDK's RID-specific tools).
        var entries = PackedFeed.Entries(feed.ToolPackage);
        const string settingsEntry = "tools/any/any/DotnetToolSettings.xml";
        Assert.True(entries.Contains(settingsEntry), $"{settingsEntry} is not in the tool package:{Environment.NewLine}{string.Join(Environment.NewLine, entries)}");
        Assert.Contains("README.md", entries);
        var settings = XDocument.Parse(PackedFeed.ReadEntry(feed.ToolPackage, settingsEntry));
        Assert.Equal("bars-policy", (string?)Assert.Single(settings.Descendants("Command")).Attribute("Name"));
        var pointed = settings.Descendants("RuntimeIdentifierPackage").ToDictionary(p => (string)p.Attribute("RuntimeIdentifier")!, p => (string?)p.Attribute("Id"));
        Assert.Equal(PackedFeed.ToolRuntimes.Order(StringComparer.Ordinal), pointed.Keys.Order(StringComparer.Ordinal));

        var nuspec = PackedFeed.ReadEntry(feed.ToolPackage, "Bars.Policy.Cli.nuspec");
        Assert.Contains("<packageType name=\"DotnetTool\" />", nuspec, StringComparison.Ordinal);

        foreach (var runtime in PackedFeed.ToolRuntimes)
        {
            Assert.Equal($"{PackedFeed.ToolId}.{runtime}", pointed[runtime]);
            var package = feed.ToolRuntimePackage(runtime);
            Assert.True(File.Exists(package), $"{Path.GetFileName(package)} was not produced.{Environment.NewLine}{feed.ToolPack.Describe()}");
            var runtimeEntries = PackedFeed.Entries(package);
            var folder = $"tools/net10.0/{runtime}/";
            var runtimeSettings = PackedFeed.ReadEntry(package, folder + "DotnetToolSettings.xml");
            var command = Assert.Single(XDocument.Parse(runtimeSettings).Descendants("Command"));
            Assert.Equal("bars-policy", (string?)command.Attribute("Name"));
            Assert.True(runtimeEntries.Contains(folder + (string?)command.Attribute("EntryPoint")), runtimeSettings);
        }

        // Installed from the feed like a user would, then run on the sample.
        // Installed from the feed like a user would, then run on the sample.
        var toolPath = feed.NewFolder("tools");
        var install = DotnetProcess.Run(feed.Root, [
            "tool", "install", PackedFeed.ToolId, "--version", feed.Version, "--tool-path", toolPath, "--add-source", feed.Feed,
        ]);
        output.WriteLine(install.Describe());
        Assert.True(install.Succeeded, install.Describe());

        var evaluate = DotnetProcess.RunProgram(Path.Combine(toolPath, "bars-policy"), feed.Root, ["evaluate", "--compact", Repo.Path("docs", "samples", "bryansk-case.json")]);
        output.WriteLine(evaluate.Describe());
        Assert.True(evaluate.Succeeded, evaluate.Describe());
        using var decision = JsonDocument.Parse(evaluate.Stdout);
        Assert.Equal("Eligible", decision.RootElement.GetProperty("enlistment").GetProperty("outcome").GetString());
        var monthlyPay = decision.RootElement.GetProperty("entitlements").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "MonthlyPay");
        Assert.Equal(40000m, monthlyPay.GetProperty("amountRub").GetDecimal());
    }

    [Fact]
    public void Tool_package_for_linux_x64_is_ReadyToRun_and_the_fallback_for_other_machines_is_not()
    {
        // Cold start (issue 24): the tool's, the library's and NRules' code compiled ahead for linux-x64, so a one-case
        // run does not wait for the JIT. The fallback carries IL only: ReadyToRun code for linux-x64 would not run elsewhere.
        AssertPacked(feed.ToolPack, feed.ToolPackage);
        string[] ours = ["bars-policy.dll", "Bars.Policy.dll", "NRules.dll", "NRules.Fluent.dll", "NRules.RuleModel.dll", "System.CommandLine.dll"];
        foreach (var (runtime, expected) in new[] { ("linux-x64", true), ("any", false) })
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(feed.ToolRuntimePackage(runtime));
            foreach (var name in ours)
            {
                var entry = zip.GetEntry($"tools/net10.0/{runtime}/{name}") ?? throw new InvalidOperationException($"{name} is not in the {runtime} tool package.");
                using var stream = new MemoryStream();
                using (var read = entry.Open()) read.CopyTo(stream);
                stream.Position = 0;
                using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
                // A ReadyToRun image points its CLI header's managed native header at the ReadyToRun header.
                var readyToRun = pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
                Assert.True(readyToRun == expected, $"{name} in the {runtime} tool package is {(readyToRun ? "" : "not ")}ReadyToRun.");
            }
        }
    }

    private void AssertPacked(ProcessResult pack, string package)
    {
        output.WriteLine(pack.Describe());
        Assert.True(pack.Succeeded, pack.Describe());
        Assert.True(File.Exists(package), $"{Path.GetFileName(package)} was not produced.{Environment.NewLine}{pack.Describe()}");
        Assert.False(Regex.IsMatch(pack.Stdout + pack.Stderr, @": warning [A-Z]+[0-9]+"), "The pack printed a warning." + Environment.NewLine + pack.Describe());
    }

    private static void AssertLine(string[] lines, string expected, ProcessResult run) =>
        Assert.True(lines.Contains(expected), $"No line \"{expected}\" in the consumer's output.{Environment.NewLine}{run.Describe()}");

    /// <summary>The C# example of docs/package-readme.md, as written there.</summary>
    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(Repo.Path("docs", "package-readme.md")).ReplaceLineEndings("\n");
        var match = Regex.Match(readme, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/package-readme.md has no ```csharp example.");
        return match.Groups["code"].Value;
    }

    /// <summary>A NuGet version range of a nuspec: a bare version is "at least"; otherwise interval notation.</summary>
    private static (string Minimum, bool MinimumInclusive, string? Maximum) ParseRange(string range)
    {
        range = range.Trim();
        if (range[0] is not ('[' or '(')) return (range, true, null);

        var parts = range[1..^1].Split(',');
        Assert.True(parts.Length == 2, $"Not a range with a lower and an upper part: {range}");
        var maximum = parts[1].Trim();
        return (parts[0].Trim(), range[0] == '[', maximum.Length == 0 ? null : maximum);
    }
}
