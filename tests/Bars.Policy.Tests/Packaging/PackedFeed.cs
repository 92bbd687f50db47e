using System.IO.Compression;
using System.Xml.Linq;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Packaging;

/// <summary>
/// Packs the library and the tool once, at a version no earlier run used (so no package cache can answer for
/// it), into a feed folder under the system temp path. Nothing here throws: each test asserts on the pack
/// results it needs, with their output. On dispose the temp folder and the packages restored at that version
/// from the global packages folder are deleted.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    public const string LibraryId = "Bars.Policy";
    public const string ToolId = "Bars.Policy.Cli";
    public const string AspNetCoreId = "Bars.Policy.AspNetCore";

    public PackedFeed()
    {
        var unique = Guid.NewGuid().ToString("N");
        Version = "0.1.0-consumer." + unique;
        Root = Path.Combine(Path.GetTempPath(), "bars-policy-packaging-" + unique);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);

        // Build output goes under Root too (--artifacts-path), so the repository's bin/ and obj/ are left alone.
        var artifacts = Path.Combine(Root, "artifacts");
        LibraryPack = Pack(Repo.Path("src", "Bars.Policy", "Bars.Policy.csproj"), artifacts);
        ToolPack = Pack(Repo.Path("src", "Bars.Policy.Cli", "Bars.Policy.Cli.csproj"), artifacts);
        AspNetCorePack = Pack(Repo.Path("src", "Bars.Policy.AspNetCore", "Bars.Policy.AspNetCore.csproj"), artifacts);
    }

    public ProcessResult AspNetCorePack { get; }

    public string AspNetCorePackage => Path.Combine(Feed, $"{AspNetCoreId}.{Version}.nupkg");

    /// <summary>The version both packages were packed at: 0.1.0-consumer.&lt;unique&gt;.</summary>
    public string Version { get; }

    /// <summary>The temp folder holding the feed, the build output and whatever the tests create.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into.</summary>
    public string Feed { get; }

    public ProcessResult LibraryPack { get; }

    public ProcessResult ToolPack { get; }

    public string LibraryPackage => Path.Combine(Feed, $"{LibraryId}.{Version}.nupkg");

    public string LibrarySymbolsPackage => Path.Combine(Feed, $"{LibraryId}.{Version}.snupkg");

    public string ToolPackage => Path.Combine(Feed, $"{ToolId}.{Version}.nupkg");

    /// <summary>The runtimes the tool is packed for, one package each (the tool project's ToolPackageRuntimeIdentifiers):
    /// linux-x64 ReadyToRun, and <c>any</c>, the same assemblies without native code, for every other machine.</summary>
    public static IReadOnlyList<string> ToolRuntimes { get; } = ["linux-x64", "any"];

    /// <summary>The tool's package for one runtime, which the top-level <see cref="ToolPackage"/> points to.</summary>
    public string ToolRuntimePackage(string runtime) => Path.Combine(Feed, $"{ToolId}.{runtime}.{Version}.nupkg");

    /// <summary>A fresh folder under <see cref="Root"/>.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;

    /// <summary>The names of the entries of a package (a zip).</summary>
    public static IReadOnlyList<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>The text of one entry of a package.</summary>
    public static string ReadEntry(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"{package} has no entry {entryName}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The version pinned for a package in the repository's Directory.Packages.props.</summary>
    public static string PinnedVersion(string packageId)
    {
        var props = XDocument.Load(Repo.Path("Directory.Packages.props"));
        return props.Descendants("PackageVersion")
            .Single(e => string.Equals((string?)e.Attribute("Include"), packageId, StringComparison.OrdinalIgnoreCase))
            .Attribute("Version")!.Value;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        finally
        {
            // The consumer's restore extracted the packages at this one-off version into the global packages folder.
            var globalPackages = GlobalPackagesFolder();
            if (globalPackages is not null)
            {
                foreach (var id in new[] { LibraryId, ToolId }.Concat(ToolRuntimes.Select(r => $"{ToolId}.{r}")))
                {
                    var idFolder = Path.Combine(globalPackages, id.ToLowerInvariant());
                    var extracted = Path.Combine(idFolder, Version);
                    if (Directory.Exists(extracted)) Directory.Delete(extracted, recursive: true);
                    if (Directory.Exists(idFolder) && !Directory.EnumerateFileSystemEntries(idFolder).Any()) Directory.Delete(idFolder);
                }
            }
        }
    }

    private ProcessResult Pack(string project, string artifacts) =>
        DotnetProcess.Run(Repo.Path(), [
            "pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", artifacts,
            "-p:Version=" + Version, "--disable-build-servers",
        ]);

    private static string? GlobalPackagesFolder()
    {
        var locals = DotnetProcess.Run(Path.GetTempPath(), ["nuget", "locals", "global-packages", "--list"]);
        if (!locals.Succeeded) return null;

        // "global-packages: /path/to/packages/"
        const string prefix = "global-packages:";
        var line = locals.Stdout.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? null : line[prefix.Length..].Trim();
    }
}
