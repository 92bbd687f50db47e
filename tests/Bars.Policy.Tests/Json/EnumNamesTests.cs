using Bars.Policy.Json;

namespace Bars.Policy.Tests.Json;

/// <summary>The contract's enum names, encoded once and found by the value's number (issue 24: no dictionary per enum).</summary>
public sealed class EnumNamesTests
{
    [Fact]
    public void Every_value_of_every_contract_enum_is_written_by_its_name()
    {
        Names<EntitlementKind>();
        Names<EntitlementStatus>();
        Names<ObligationKind>();
        Names<ObligationStatus>();
        Names<EnlistmentOutcome>();
        Names<ServicePhase>();
        Names<DeploymentStatus>();
        Names<Parameter>();
        Names<UndeterminedReason>();
        Names<PaymentPeriod>();
        Names<Sex>();
    }

    [Fact]
    public void A_value_outside_the_enum_is_written_by_its_number()
    {
        Assert.Equal("99", EnumNames<EntitlementStatus>.Of((EntitlementStatus)99).Value);
        Assert.Equal("-1", EnumNames<EntitlementStatus>.Of((EntitlementStatus)(-1)).Value);
    }

    private static void Names<TEnum>()
        where TEnum : struct, Enum
    {
        Assert.Equal(Enum.GetNames<TEnum>(), EnumNames<TEnum>.All.Select(n => n.Name.Value));
        Assert.All(Enum.GetValues<TEnum>(), v => Assert.Equal(v.ToString(), EnumNames<TEnum>.Of(v).Value));
    }
}
