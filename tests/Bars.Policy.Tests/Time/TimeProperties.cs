using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Time;

/// <summary>
/// The readings of time as properties over generated cases (claims.md, I6–I10): what a decision says must hold on
/// every date of a member's lifecycle, not only near the start. Expectations re-derived from the readings, not read
/// off the engine.
/// </summary>
public sealed class TimeProperties
{
    private static PolicyDecision Evaluate(PolicyCase c)
    {
        var d = TestEngine.Evaluate(c);
        Assert.True(d.IsValid, string.Join("; ", d.Errors));
        return d;
    }

    // The same case seen on another day: a termination is reported once it has happened, injuries likewise, so a
    // day before them sees the case without them.
    private static PolicyCase On(PolicyCase c, DateOnly day)
    {
        var contract = c.Contract is { TerminatedEarlyOn: { } t } k && t > day ? k with { TerminatedEarlyOn = null } : c.Contract;
        var injuries = c.Injuries?.Where(i => i.Date <= day).ToArray();
        return c with { AsOf = day, Contract = contract, Injuries = injuries is { Length: > 0 } ? injuries : null };
    }

    [PolicyProperty]
    public void I6_with_a_contract_the_enlistment_is_the_same_on_every_date(CaseSpec s, ushort later)
    {
        var c = s.ToCase();
        if (c.Contract is not { } k) return;
        var start = k.StartDate!.Value;
        var day = start.AddDays(later % 3000);
        if (day < c.Applicant!.BirthDate) return;
        var first = Evaluate(On(c, start)).Enlistment!;
        var then = Evaluate(On(c, day)).Enlistment!;
        Assert.Equal((first.Outcome, first.UndeterminedReason, start), (then.Outcome, then.UndeterminedReason, then.JudgedOn!.Value));
    }

    [PolicyProperty]
    public void I8_what_is_granted_for_good_stays_granted_on_every_later_date(CaseSpec s, ushort later)
    {
        var c = s.ToCase();
        var d = Evaluate(c);
        var after = Evaluate(On(c, c.AsOf!.Value.AddDays(1 + later % 3000)));
        foreach (var kind in new[] { EntitlementKind.OneTimePayment, EntitlementKind.InjuryCompensation, EntitlementKind.CombatVeteranStatus, EntitlementKind.FamilyPrivileges })
        {
            var now = d.Entitlement(kind);
            if (now.Status != EntitlementStatus.Entitled) continue;
            var then = after.Entitlement(kind);
            Assert.Equal((EntitlementStatus.Entitled, now.AmountRub, now.From), (then.Status, then.AmountRub, then.From));
        }
    }

    [PolicyProperty]
    public void I7_I8_monthly_pay_is_entitled_exactly_on_the_days_of_membership(CaseSpec s)
    {
        var c = s.ToCase();
        var d = Evaluate(c);
        var pay = d.Entitlement(EntitlementKind.MonthlyPay);
        var member = false;
        if (c.Contract is { } k && d.Enlistment!.Outcome == EnlistmentOutcome.Eligible)
        {
            var start = k.StartDate!.Value;
            var last = (k.TerminatedEarlyOn ?? start.AddMonths(k.Months!.Value)).AddDays(-1);
            member = start <= c.AsOf && c.AsOf <= last;
            // A decided monthly pay states the days of membership (an open one, silent in Kursk, states none).
            if (start <= last && pay.Status != EntitlementStatus.Undetermined) Assert.Equal((start, last), (pay.From!.Value, pay.To!.Value));
        }

        // Kursk states no rate (silent while a member); Belgorod and Bryansk pay theirs.
        var expected = !member ? EntitlementStatus.NotEntitled : c.Region == Regions.Kursk ? EntitlementStatus.Undetermined : EntitlementStatus.Entitled;
        if (d.Enlistment!.Outcome == EnlistmentOutcome.Undetermined && c.Contract is not null) expected = EntitlementStatus.Undetermined;
        Assert.Equal(expected, pay.Status);
    }

    [PolicyProperty]
    public void I10_duties_are_listed_exactly_while_assigned_and_never_for_a_non_member(CaseSpec s)
    {
        var d = Evaluate(s.ToCase());
        Assert.Equal(d.Service!.Phase == ServicePhase.Assigned, d.Service.Duties.Count > 0);
        if (d.Enlistment!.Outcome != EnlistmentOutcome.Eligible) Assert.Empty(d.Service.Duties);
    }
}
