using Bars.Policy.Engine;
using NRules.Extensibility;

namespace Bars.Policy.Rules.Facts;

/// <summary>
/// The one store of what the rules of one evaluation decide. Each record call writes here and returns the fact that
/// later rules match (a <see cref="Membership"/>, an <see cref="EntitlementResult"/>), so the decision and the facts
/// cannot disagree. Rule actions reach it through their context (<see cref="Recorder"/>): the session resolves it,
/// so the case's facts stay input only.
/// </summary>
internal sealed class DecisionSheet : IDependencyResolver
{
    private static readonly int EntitlementKinds = Enum.GetValues<EntitlementKind>().Length;
    private static readonly int ObligationKinds = Enum.GetValues<ObligationKind>().Length;

    private readonly EntitlementDecision?[] entitlements = new EntitlementDecision?[EntitlementKinds];
    private readonly ObligationDecision?[] obligations = new ObligationDecision?[ObligationKinds];
    private readonly List<Finding> enlistmentFindings = new(4);
    private readonly List<Finding> ineligible = new(2);
    private readonly List<(UndeterminedReason Reason, Finding Finding)> undetermined = new(2);
    private readonly List<string> duties = new(8);
    private readonly List<Finding> serviceFindings = new(4);
    private EnlistmentDecision? enlistment;
    private ServicePhase? phase;
    private UndeterminedReason? phaseReason;
    private DateOnly? trainingEndsOn;
    private DateOnly? phaseFrom;
    private DateOnly? phaseTo;
    private DeploymentDecision? deployment;
    private CaseFacts facts;
    private PolicyProvenance? policy;

    /// <summary>A sheet for <paramref name="facts"/>, its decision made under <paramref name="policy"/>, each outcome
    /// listing the parameters its rules read.</summary>
    public DecisionSheet(CaseFacts facts, PolicyProvenance? policy = null)
    {
        this.facts = facts;
        this.policy = policy;
    }

    /// <summary>An empty sheet for <paramref name="caseFacts"/> under <paramref name="policy"/>: this thread's spare when there is one.
    /// <see cref="Return"/> gives it back once its decision is made; a failed evaluation drops it.</summary>
    public static DecisionSheet Rent(CaseFacts caseFacts, PolicyProvenance? policy = null)
    {
        // One spare sheet per thread: its lists are copied into the decision, so the next case on the thread can reuse them.
        var sheet = ThreadSpare<DecisionSheet>.Take();
        if (sheet is null) return new DecisionSheet(caseFacts, policy);
        sheet.facts = caseFacts;
        sheet.policy = policy;
        return sheet;
    }

    /// <summary>Clears a sheet whose decision is made and keeps it as this thread's spare.</summary>
    public static void Return(DecisionSheet sheet)
    {
        Array.Clear(sheet.entitlements);
        Array.Clear(sheet.obligations);
        sheet.enlistmentFindings.Clear();
        sheet.ineligible.Clear();
        sheet.undetermined.Clear();
        sheet.duties.Clear();
        sheet.serviceFindings.Clear();
        sheet.enlistment = null;
        sheet.phase = null;
        sheet.phaseReason = null;
        sheet.trainingEndsOn = null;
        sheet.phaseFrom = null;
        sheet.phaseTo = null;
        sheet.deployment = null;
        sheet.facts = null!;
        sheet.policy = null;
        ThreadSpare<DecisionSheet>.Keep(sheet);
    }

    /// <summary>The case the sheet decides.</summary>
    public CaseFacts Case => facts;

    /// <summary>The findings of enlistment conditions that make the applicant Ineligible.</summary>
    public IReadOnlyList<Finding> IneligibleFindings => ineligible;

    /// <summary>The enlistment conditions the source leaves open, each with its reason.</summary>
    public IReadOnlyList<(UndeterminedReason Reason, Finding Finding)> UndeterminedFindings => undetermined;

    /// <summary>An enlistment condition is met.</summary>
    public void ConditionMet(Finding finding) => enlistmentFindings.Add(finding);

    /// <summary>An enlistment condition makes the applicant Ineligible.</summary>
    public void Ineligible(Finding finding)
    {
        enlistmentFindings.Add(finding);
        ineligible.Add(finding);
    }

    /// <summary>An enlistment condition the source leaves open.</summary>
    public void Undetermined(UndeterminedReason reason, Finding finding)
    {
        enlistmentFindings.Add(finding);
        undetermined.Add((reason, finding));
    }

    /// <summary>Records the enlistment outcome; returns the membership later rules match.</summary>
    public Membership RecordEnlistment(EnlistmentOutcome outcome, UndeterminedReason? reason, IReadOnlyList<Finding> decisive)
    {
        if (enlistment is not null) throw new InvalidOperationException("Two rules decided the enlistment outcome.");
        var findings = EquatableList<Finding>.Own(enlistmentFindings.ToArray());
        enlistment = new EnlistmentDecision(outcome, reason, findings, ValuesRead(findings), facts.JudgedOn);
        return new Membership(facts, outcome, reason, decisive);
    }

    /// <summary>Records an entitlement; returns the result later rules match.</summary>
    public EntitlementResult Record(EntitlementDecision decision)
    {
        Fill(entitlements, (int)decision.Kind, decision, static d => (d.Kind.ToString(), d.Findings[0].RuleId));
        decision.ListRead(ValuesRead(decision.Findings));
        return new EntitlementResult(facts, decision);
    }

    /// <summary>Records an obligation (no rule matches one, so there is no fact to insert).</summary>
    public void Record(ObligationDecision decision)
    {
        Fill(obligations, (int)decision.Kind, decision, static d => (d.Kind.ToString(), d.Findings[0].RuleId));
        decision.ListRead(ValuesRead(decision.Findings));
    }

    // The values in force that the rules of an outcome's findings read: derived here, where every decision passes,
    // rather than by each rule, so a host rule's reads are listed like a shipped rule's.
    private EquatableList<ParameterValue> ValuesRead(IReadOnlyList<Finding> findings) => RuleReads.ValuesRead(findings, facts.Parameters);

    // A slot is filled once: a second rule deciding the same outcome is a clash, named by both rules.
    private static void Fill<T>(T?[] slots, int index, T decision, Func<T, (string Kind, string RuleId)> describe)
        where T : class
    {
        if (slots[index] is { } taken)
        {
            throw new InvalidOperationException($"Rules '{describe(taken).RuleId}' and '{describe(decision).RuleId}' both decided {describe(decision).Kind}.");
        }

        slots[index] = decision;
    }

    /// <summary>Records the phase of service with its days: an enlisted applicant's with the end of training, or a
    /// non-member's (with the enlistment's reason when Undetermined); returns the fact the duties rules match.</summary>
    public ServiceResult RecordPhase(ServicePhase value, UndeterminedReason? reason, DateOnly? endOfTraining, DateOnly? from, DateOnly? to, Finding finding)
    {
        if (phase is not null) throw new InvalidOperationException($"Two rules decided the service phase ('{finding.RuleId}').");
        phase = value;
        phaseReason = reason;
        trainingEndsOn = endOfTraining;
        phaseFrom = from;
        phaseTo = to;
        serviceFindings.Add(finding);
        return new ServiceResult(facts, value);
    }

    /// <summary>Records whether a member may be deployed to the war zone (C21).</summary>
    public void RecordDeployment(DeploymentDecision decision)
    {
        if (deployment is { } taken)
        {
            throw new InvalidOperationException($"Rules '{taken.Findings[0].RuleId}' and '{decision.Findings[0].RuleId}' both decided WarZoneDeployment.");
        }

        deployment = decision;
    }

    /// <summary>Adds duties of the region's unit.</summary>
    public void AddDuties(IEnumerable<string> values, Finding finding)
    {
        duties.AddRange(values);
        serviceFindings.Add(finding);
    }

    /// <summary>The decision, once every rule has fired. A slot no rule filled is a defect of the rule set.</summary>
    public PolicyDecision ToDecision()
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

        var findings = EquatableList<Finding>.Own(serviceFindings.ToArray());
        var service = new ServiceDecision(
            phase ?? throw Unfilled("service phase"), phaseReason, trainingEndsOn, EquatableList<string>.Own(duties.ToArray()), findings, ValuesRead(findings),
            phaseFrom, phaseTo, deployment ?? throw Unfilled("war zone deployment"));
        return new PolicyDecision(
            facts.CaseId, facts.Region, facts.AsOf,
            enlistment ?? throw Unfilled("enlistment"),
            EquatableList<EntitlementDecision>.Own(entitlementList), EquatableList<ObligationDecision>.Own(obligationList), service, EquatableList<ValidationError>.Empty, policy);
    }

    // Rule actions resolve the sheet of their own session.
    object IDependencyResolver.Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(DecisionSheet) ? this : throw new InvalidOperationException($"No {serviceType.Name} can be resolved by a rule action.");

    // No rule to blame: the rule set as a whole left the outcome open.
    private PolicyEvaluationException Unfilled(string what) =>
        new(null, facts.CaseId, $"No rule decided {what} on case '{facts.CaseId}': the rule set is incomplete.", null);
}
