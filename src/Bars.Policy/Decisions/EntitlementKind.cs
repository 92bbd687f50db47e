using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The entitlements the source speaks of.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<EntitlementKind>))]
public enum EntitlementKind
{
    /// <summary>Monthly pay (C8 Belgorod, C9 Bryansk).</summary>
    MonthlyPay,

    /// <summary>One-time payment on signing a contract (C10, read as Bryansk's: I1).</summary>
    OneTimePayment,

    /// <summary>Compensation for an injury on duty (C5, Kursk: I2).</summary>
    InjuryCompensation,

    /// <summary>Combat veteran status (C6, Kursk: I2).</summary>
    CombatVeteranStatus,

    /// <summary>War participants' family privileges for the member's family (C7, Kursk: I2).</summary>
    FamilyPrivileges,

    /// <summary>A public official keeps the public position while serving (C14, Belgorod).</summary>
    RetainPublicPosition,
}
