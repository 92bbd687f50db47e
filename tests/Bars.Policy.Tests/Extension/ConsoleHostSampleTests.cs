using Bars.Policy.Samples.ConsoleHost;

namespace Bars.Policy.Tests.Extension;

/// <summary>The console sample host (docs/samples/ConsoleHost) does what its README says.</summary>
public sealed class ConsoleHostSampleTests
{
    [Fact]
    public void The_sample_fills_Kursk_monthly_pay_from_its_date_and_adds_a_fictitious_region()
    {
        var output = new StringWriter();
        Sample.Run(output);
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Kursk on 2024-12-31: Eligible", lines[0]);
        Assert.StartsWith("MonthlyPay: Undetermined [C8, C9]", lines[1]);
        Assert.StartsWith("MonthlyPay: Entitled 50,000 RUB/Month from 2024-12-01 [Kursk order 17/2025 (fictitious example)]", lines[4]);
        Assert.Equal("Exampleshire on 2025-02-01: Eligible", lines[6]);
        Assert.StartsWith("MonthlyPay: Entitled 45,000 RUB/Month from 2024-12-01 [Exampleshire order 1 (fictitious example)]", lines[7]);
        Assert.StartsWith("CombatVeteranStatus: Entitled from 2024-12-01 [Exampleshire order 1 (fictitious example)]", lines[8]);
    }
}
