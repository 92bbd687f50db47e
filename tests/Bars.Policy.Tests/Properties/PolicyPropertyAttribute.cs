using FsCheck.Xunit;

namespace Bars.Policy.Tests.Properties;

/// <summary>
/// An FsCheck property with the suite's budget: <see cref="DefaultTests"/> cases each, or as many as the
/// environment variable <c>BARS_PROPERTY_TESTS</c> says (e.g. 100000 for a deep run).
/// </summary>
public sealed class PolicyPropertyAttribute : PropertyAttribute
{
    public const int DefaultTests = 300;

    public PolicyPropertyAttribute()
    {
        MaxTest = Budget;
        Arbitrary = [typeof(PolicyArbitraries)];
        QuietOnSuccess = true;
    }

    public static int Budget { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("BARS_PROPERTY_TESTS"), out var n) && n > 0 ? n : DefaultTests;
}
