using System.Text.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Packaging;

/// <summary>
/// <c>dotnet pack Bars.Policy.Packages.slnf</c> packs what ships without restoring or building the tests, the
/// benchmarks or the samples (Selenium, BenchmarkDotNet, ASP.NET Core testing): the filter lists every packable
/// project and the projects they reference, nothing else.
/// </summary>
public sealed class PackageFilterTests
{
    [Fact]
    public void The_package_filter_lists_the_packable_projects_and_their_references_only()
    {
        using var filter = JsonDocument.Parse(File.ReadAllText(Repo.Path("Bars.Policy.Packages.slnf")));
        var listed = filter.RootElement.GetProperty("solution").GetProperty("projects").EnumerateArray().Select(p => p.GetString()!.Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();

        var packable = Directory.GetFiles(Repo.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => File.ReadAllText(p).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
            .ToArray();
        Assert.NotEmpty(packable);
        Assert.All(packable, p => Assert.Contains(p, listed));
        Assert.All(listed, p => Assert.StartsWith("src/", p, StringComparison.Ordinal));
        Assert.All(listed, p => Assert.True(File.Exists(Repo.Path(p.Split('/'))), p));
    }
}
