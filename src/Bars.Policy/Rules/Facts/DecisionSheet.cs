namespace Bars.Policy.Rules.Facts;

/// <summary>
/// What the rules of one evaluation have decided so far. Rules write here from their actions, so the engine
/// reads the results without querying the session.
/// </summary>
internal sealed class DecisionSheet
{
    private static readonly int EntitlementKinds = Enum.GetValues<EntitlementKind>().Length;
    private static readonly int ObligationKinds = Enum.GetValues<ObligationKind>().Length;

    private readonly EntitlementDecision?[] entitlements = new EntitlementDecision?[EntitlementKinds];
    private readonly ObligationDecision?[] obligations = new ObligationDecision?[ObligationKinds];

    public List<Finding> EnlistmentFindings { get; } = new(4);
    public List<Finding> Bars { get; } = new(2);
    public List<(UndeterminedReason Reason, Finding Finding)> OpenQuestions { get; } = new(2);
    public EnlistmentDecision? Enlistment { get; private set; }

    public ServicePhase? Phase { get; private set; }
    public List<string> Duties { get; } = new(8);
    public List<Finding> ServiceFindings { get; } = new(4);

    public void SetEnlistment(EnlistmentDecision decision)
    {
        if (Enlistment is not null) throw new InvalidOperationException("Two rules decided the enlistment outcome.");
        Enlistment = decision;
    }

    public void Set(EntitlementDecision decision)
    {
        ref var slot = ref entitlements[(int)decision.Kind];
        if (slot is not null)
        {
            throw new InvalidOperationException(
                $"Rules '{slot.Findings[0].RuleId}' and '{decision.Findings[0].RuleId}' both decided {decision.Kind}.");
        }

        slot = decision;
    }

    public void Set(ObligationDecision decision)
    {
        ref var slot = ref obligations[(int)decision.Kind];
        if (slot is not null)
        {
            throw new InvalidOperationException(
                $"Rules '{slot.Findings[0].RuleId}' and '{decision.Findings[0].RuleId}' both decided {decision.Kind}.");
        }

        slot = decision;
    }

    public void SetPhase(ServicePhase phase, Finding finding)
    {
        if (Phase is not null) throw new InvalidOperationException($"Two rules decided the service phase ('{finding.RuleId}').");
        Phase = phase;
        ServiceFindings.Add(finding);
    }

    /// <summary>The decision, once every rule has fired. A slot no rule filled is a defect of the rule set.</summary>
    public PolicyDecision ToDecision(PolicyCase input, DateOnly? trainingEndsOn)
    {
        var entitlementList = new EntitlementDecision[entitlements.Length];
        for (var i = 0; i < entitlements.Length; i++)
        {
            entitlementList[i] = entitlements[i] ?? throw Unfilled(((EntitlementKind)i).ToString());
        }

        var obligationList = new ObligationDecision[obligations.Length];
        for (var i = 0; i < obligations.Length; i++)
        {
            obligationList[i] = obligations[i] ?? throw Unfilled(((ObligationKind)i).ToString());
        }

        var service = new ServiceDecision(Phase ?? throw Unfilled("service phase"), trainingEndsOn, Duties.ToArray(), ServiceFindings.ToArray());
        return new PolicyDecision(
            input.CaseId, input.Region, input.AsOf,
            Enlistment ?? throw Unfilled("enlistment"),
            entitlementList, obligationList, service, []);
    }

    private static InvalidOperationException Unfilled(string what) => new($"No rule decided {what}: the rule set is incomplete.");
}
