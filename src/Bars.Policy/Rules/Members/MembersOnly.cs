using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.RuleModel;

namespace Bars.Policy.Rules.Members;

/// <summary>What the two I4 rules share: the kinds they decide and a finding that cites the enlistment's reasons.</summary>
internal static class MembersOnly
{
    public static readonly EntitlementKind[] Kinds = Enum.GetValues<EntitlementKind>();

    // The finding cites the claims that decided the enlistment outcome, and quotes the first of them.
    public static Finding Finding(IContext ctx, Membership m, string text)
    {
        var claims = m.Decisive.SelectMany(f => f.Claims).Distinct(StringComparer.Ordinal).ToArray();
        return Decide.Finding(ctx, new Citation(claims, m.Decisive[0].Quote), text);
    }
}
