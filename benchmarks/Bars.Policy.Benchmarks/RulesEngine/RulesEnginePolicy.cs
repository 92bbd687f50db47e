using System.Text.Json;
using RulesEngine.Models;
using MsRulesEngine = global::RulesEngine.RulesEngine;

namespace Bars.Policy.Benchmarks.RulesEngineEncoding;

/// <summary>
/// The policy as Microsoft RulesEngine workflows (<c>bars-policy.workflows.json</c>, embedded), for benchmarking
/// against the NRules engine and the plain-C# reference. One <see cref="MsRulesEngine"/> is built once with every
/// workflow; its compiled rules are cached and reused by every <see cref="Decide"/>.
/// </summary>
/// <remarks>
/// <para>One decision runs six workflows in sequence, each stage's result feeding the next as an input:</para>
/// <list type="number">
/// <item><c>Enlistment</c> (input <c>facts</c>, the age on the day judged, I6): each rule that succeeds is a bar or an open question.</item>
/// <item><c>Entitlements</c> and <c>Entitlements.{Region}</c> (inputs <c>facts</c>, <c>member</c>): the rules every
/// region shares (non-members, I4, I7; outside membership, I8; who has no post to keep, C14), then the region's
/// values for an enlisted applicant; together one value per entitlement. (RulesEngine's own way to share rules,
/// <c>WorkflowsToInject</c>, is not used: its rules cache appends the injected rules to the workflow each time it
/// looks the workflow up, and with it building this engine did not finish in minutes.)</item>
/// <item><c>Repayment</c> (inputs <c>facts</c>, <c>oneTime</c>): follows the one-time payment decided in stage 2 and
/// who ended the contract (I13).</item>
/// <item><c>Service</c> (inputs <c>facts</c>, <c>member</c>): the phase on asOf and its days (I10), and the end of training.</item>
/// <item><c>Duties</c> (inputs <c>facts</c>, <c>service</c>): the duties of an Assigned member, and the open question
/// of deployment (C21).</item>
/// </list>
/// <para>
/// What a succeeding rule decides is its <c>SuccessEvent</c> (e.g. <c>MonthlyPay=Entitled:80000:Month@FirstDayInForce..LastDayInForce</c>),
/// parsed once at construction and looked up by rule at run time. A period names its first and last day
/// (<see cref="Day"/>), which the glue turns into dates from the case's precomputed <see cref="RuleFacts"/>: a
/// lambda rule returns only success or failure. The C# glue here combines the enlistment's bars and open questions
/// (a bar beats a conflict beats a silence, as the NRules <c>Enlistment.Outcome</c> rule's action does), fills in
/// the reasons and amounts a static <c>SuccessEvent</c> cannot carry (the enlistment's reason, <c>AsEnlistment</c>;
/// the one-time payment's amount or reason for the repayment, <c>AsPayment</c>, as the NRules rules' actions copy
/// them), and checks that every slot was decided exactly once (as the NRules engine's <c>DecisionSheet</c> does).
/// </para>
/// <para>
/// Unknown facts (I11) are not encoded: the engine answers them by deciding every combination of the unknown facts,
/// which would be C# around the workflows, not rules, and the synthetic population the check and the benchmarks use
/// has none. A case listing one is refused. Training's days end on day 21 (<c>Service.InTraining</c>), where the
/// oracle takes the earlier of day 21 and the last day in force: on a valid case they are the same day, since a
/// contract in training on asOf has not been terminated by then, a termination is never after asOf (I12), and every
/// term is at least a month.
/// </para>
/// <para>
/// RulesEngine's API is async-only (<c>ValueTask</c>). With <see cref="ReSettings.AutoExecuteActions"/> off and no
/// actions in the workflows the returned task is always already complete, so <see cref="Decide"/> reads its result
/// synchronously without blocking; an incomplete task would be a bug and throws.
/// </para>
/// </remarks>
internal sealed class RulesEnginePolicy
{
    /// <summary>The manifest name of the embedded workflow file.</summary>
    public const string ResourceName = "bars-policy.workflows.json";

    private const string EnlistmentWorkflow = "Enlistment";
    private const string CommonEntitlementsWorkflow = "Entitlements";
    private const string RegionEntitlementsPrefix = "Entitlements.";
    private const string RepaymentWorkflow = "Repayment";
    private const string ServiceWorkflow = "Service";
    private const string DutiesWorkflow = "Duties";

    private static readonly int EntitlementKinds = Enum.GetValues<EntitlementKind>().Length;

    // Every membership a decision can produce; immutable, shared (MissingInput does not arise: no unknown facts).
    private static readonly MembershipFacts Enlisted = new(EnlistmentOutcome.Eligible, null, enlisted: true);
    private static readonly MembershipFacts EligibleWithoutContract = new(EnlistmentOutcome.Eligible, null, enlisted: false);
    private static readonly MembershipFacts Ineligible = new(EnlistmentOutcome.Ineligible, null, enlisted: false);
    private static readonly MembershipFacts UndeterminedConflict = new(EnlistmentOutcome.Undetermined, UndeterminedReason.SourceConflict, enlisted: false);
    private static readonly MembershipFacts UndeterminedSilent = new(EnlistmentOutcome.Undetermined, UndeterminedReason.SourceSilent, enlisted: false);

    // The Duties workflow's input, one per phase.
    private static readonly ServiceFacts[] InPhase = Enum.GetValues<ServicePhase>().Select(phase => new ServiceFacts(phase)).ToArray();

    private readonly MsRulesEngine engine;
    private readonly Dictionary<string, string> entitlementWorkflowByRegion;
    private readonly Dictionary<Rule, EnlistmentEffect> enlistmentEffects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, EntitlementEffect> entitlementEffects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, RepaymentEffect> repaymentEffects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, ServiceEffect> serviceEffects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, DutyEffect> dutyEffects = new(ReferenceEqualityComparer.Instance);

    private RulesEnginePolicy(Workflow[] workflows)
    {
        entitlementWorkflowByRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var workflow in workflows)
        {
            var name = workflow.WorkflowName;
            var regional = name.StartsWith(RegionEntitlementsPrefix, StringComparison.Ordinal);
            foreach (var rule in workflow.Rules)
            {
                var effect = rule.SuccessEvent ?? throw new InvalidDataException($"Rule '{rule.RuleName}' has no SuccessEvent.");
                switch (name)
                {
                    case EnlistmentWorkflow: enlistmentEffects.Add(rule, EnlistmentEffect.Parse(effect)); break;
                    case RepaymentWorkflow: repaymentEffects.Add(rule, RepaymentEffect.Parse(effect)); break;
                    case ServiceWorkflow: serviceEffects.Add(rule, ServiceEffect.Parse(effect)); break;
                    case DutiesWorkflow: dutyEffects.Add(rule, DutyEffect.Parse(effect)); break;
                    case CommonEntitlementsWorkflow: entitlementEffects.Add(rule, EntitlementEffect.Parse(effect)); break;
                    default:
                        if (!regional) throw new InvalidDataException($"Unknown workflow '{name}'.");
                        entitlementEffects.Add(rule, EntitlementEffect.Parse(effect));
                        break;
                }
            }

            if (regional) entitlementWorkflowByRegion.Add(name[RegionEntitlementsPrefix.Length..], name);
        }

        foreach (var region in Regions.All)
        {
            if (!entitlementWorkflowByRegion.ContainsKey(region)) throw new InvalidDataException($"No entitlement workflow for {region}.");
        }

        // Tuned for speed as RulesEngine's docs and its own benchmark (benchmark/RulesEngineBenchmark) do: one engine,
        // built once and reused; FastExpressionCompiler (the docs' settings table says it defaults to true, but in
        // 6.0.1's ReSettings it defaults to false, so it is set); what these workflows do not use switched off
        // (scoped params, error-message templates, actions). The enums the expressions name are custom types.
        // Exceptions are not turned into silent "rule failed" results: a broken rule must fail, not pass quietly.
        var settings = new ReSettings
        {
            CustomTypes = [typeof(Sex), typeof(EnlistmentOutcome), typeof(UndeterminedReason), typeof(EntitlementStatus), typeof(ServicePhase)],
            UseFastExpressionCompiler = true,
            EnableScopedParams = false,
            EnableFormattedErrorMessage = false,
            AutoExecuteActions = false,
            EnableExceptionAsErrorMessage = false,
            IsExpressionCaseSensitive = true,
        };
        engine = new MsRulesEngine(workflows, settings);
    }

    /// <summary>Called for every rule that succeeds; for the check's rule coverage, null when benchmarking.</summary>
    public Action<Rule>? OnRuleSucceeded { get; set; }

    /// <summary>Every rule of every workflow.</summary>
    public IReadOnlyList<Rule> Rules =>
        [.. enlistmentEffects.Keys, .. entitlementEffects.Keys, .. repaymentEffects.Keys, .. serviceEffects.Keys, .. dutyEffects.Keys];

    /// <summary>The workflows as embedded in this assembly.</summary>
    public static Workflow[] LoadWorkflows()
    {
        using var stream = typeof(RulesEnginePolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' not found.");
        return JsonSerializer.Deserialize<Workflow[]>(stream)
            ?? throw new InvalidDataException($"'{ResourceName}' holds no workflows.");
    }

    /// <summary>
    /// Builds the engine from the embedded workflows and compiles every workflow (RulesEngine compiles lazily, on a
    /// workflow's first execution) by deciding one case per region, so no compilation falls in a measured call.
    /// </summary>
    public static RulesEnginePolicy Create()
    {
        var policy = new RulesEnginePolicy(LoadWorkflows());
        var asOf = new DateOnly(2024, 10, 1);
        var applicant = new Applicant(new DateOnly(1980, 5, 1), Sex.Male);
        var contract = new Contract(12, new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 20));
        foreach (var region in Regions.All)
        {
            policy.Decide(new PolicyCase("warm-up", region, asOf, applicant, contract));
        }

        return policy;
    }

    /// <summary>Decides a valid case (validated elsewhere, as for the reference oracle) without unknown facts.</summary>
    public RulesEngineDecision Decide(PolicyCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!entitlementWorkflowByRegion.TryGetValue(c.Region!, out var regionWorkflow))
        {
            throw new ArgumentException($"Unknown region '{c.Region}': expects a validated case.", nameof(c));
        }

        if (c.Unknown is { Count: > 0 })
        {
            throw new NotSupportedException($"Case '{c.CaseId}' lists unknown facts (I11), which this encoding does not decide.");
        }

        var facts = RuleFacts.From(c);
        var factsParameter = new RuleParameter("facts", facts);

        // ---- Stage 1: enlistment, judged on the contract's start (I6). Collect bars and open questions; combine. ----
        var barred = false;
        var strongestOpen = (UndeterminedReason?)null;
        foreach (var result in Run(EnlistmentWorkflow, factsParameter))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            var effect = enlistmentEffects[result.Rule];
            if (effect.Bar) barred = true;
            else if (strongestOpen is null || Strength(effect.Reason) > Strength(strongestOpen.Value)) strongestOpen = effect.Reason;
        }

        var member = barred ? Ineligible
            : strongestOpen switch
            {
                null => facts.HasContract ? Enlisted : EligibleWithoutContract,
                UndeterminedReason.SourceConflict => UndeterminedConflict,
                UndeterminedReason.SourceSilent => UndeterminedSilent,
                _ => throw new InvalidOperationException($"Enlistment open for {strongestOpen}, which no enlistment rule gives."),
            };
        var memberParameter = new RuleParameter("member", member);

        // ---- Stage 2: the entitlements every region shares, then the region's. ----
        var entitlements = new RulesEngineEntitlement?[EntitlementKinds];
        DecideEntitlements(CommonEntitlementsWorkflow, entitlements, facts, member, factsParameter, memberParameter);
        DecideEntitlements(regionWorkflow, entitlements, facts, member, factsParameter, memberParameter);
        for (var i = 0; i < entitlements.Length; i++)
        {
            if (entitlements[i] is null) throw new InvalidOperationException($"No entitlement rule decided {(EntitlementKind)i}.");
        }

        var oneTime = entitlements[(int)EntitlementKind.OneTimePayment]!;

        // ---- Stage 3: repayment of the one-time payment (C11, I13). ----
        RulesEngineObligation? repayment = null;
        foreach (var result in Run(RepaymentWorkflow, factsParameter, new RuleParameter("oneTime", oneTime)))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            if (repayment is not null) throw new InvalidOperationException($"Two repayment rules succeeded ('{result.Rule.RuleName}').");
            var effect = repaymentEffects[result.Rule];
            repayment = new RulesEngineObligation(
                effect.Status,
                effect.AsPayment && effect.Status == ObligationStatus.Owed ? oneTime.AmountRub : null, // the whole payment
                effect.AsPayment && effect.Status == ObligationStatus.Undetermined ? oneTime.Reason : effect.Reason,
                effect.Period.First.On(facts));
        }

        if (repayment is null) throw new InvalidOperationException("No repayment rule succeeded.");

        // ---- Stage 4: the service phase on asOf, its days (I10), and the end of training (C4). ----
        ServicePhase? phase = null;
        UndeterminedReason? phaseReason = null;
        DateOnly? phaseFrom = null, phaseTo = null, trainingEndsOn = null;
        foreach (var result in Run(ServiceWorkflow, factsParameter, memberParameter))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            var effect = serviceEffects[result.Rule];
            if (effect.Phase is not { } decided)
            {
                trainingEndsOn = effect.Period.First.On(facts);
                continue;
            }

            if (phase is not null) throw new InvalidOperationException($"Two phase rules succeeded ('{result.Rule.RuleName}').");
            phase = decided;
            phaseReason = effect.AsEnlistment ? member.Reason : null;
            phaseFrom = effect.Period.First.On(facts);
            phaseTo = effect.Period.Last.On(facts);
        }

        if (phase is null) throw new InvalidOperationException("No phase rule succeeded.");

        // ---- Stage 5: the duties of the phase (C15–C18, C20, I10) and deployment (C21). ----
        List<string>? duties = null;
        UndeterminedReason? deployment = null;
        foreach (var result in Run(DutiesWorkflow, factsParameter, new RuleParameter("service", InPhase[(int)phase.Value])))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            var effect = dutyEffects[result.Rule];
            if (effect.Claim is { } claim) (duties ??= []).Add(claim);
            else deployment = effect.Deployment;
        }

        if (deployment is null) throw new InvalidOperationException("No deployment rule succeeded.");

        return new RulesEngineDecision(
            member.Outcome, member.Reason, facts.JudgedOn,
            entitlements[(int)EntitlementKind.MonthlyPay]!,
            oneTime,
            entitlements[(int)EntitlementKind.InjuryCompensation]!,
            entitlements[(int)EntitlementKind.CombatVeteranStatus]!,
            entitlements[(int)EntitlementKind.FamilyPrivileges]!,
            entitlements[(int)EntitlementKind.RetainPublicPosition]!,
            repayment,
            new RulesEngineService(phase.Value, phaseReason, phaseFrom, phaseTo, trainingEndsOn, duties ?? (IReadOnlyList<string>)[], deployment.Value));
    }

    private void DecideEntitlements(
        string workflow, RulesEngineEntitlement?[] slots, RuleFacts facts, MembershipFacts member, params RuleParameter[] parameters)
    {
        foreach (var result in Run(workflow, parameters))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            var effect = entitlementEffects[result.Rule];
            var reason = effect.AsEnlistment
                ? member.Reason ?? throw new InvalidOperationException(
                    $"Rule '{result.Rule.RuleName}' copies the enlistment's reason, but enlistment is {member.Outcome}.")
                : effect.Reason;
            var value = new RulesEngineEntitlement(
                effect.Status, effect.AmountRub, effect.PaymentPeriod, reason, effect.Period.First.On(facts), effect.Period.Last.On(facts));
            foreach (var kind in effect.Kinds)
            {
                if (slots[(int)kind] is not null)
                {
                    throw new InvalidOperationException($"Rule '{result.Rule.RuleName}' decided {kind}, already decided.");
                }

                slots[(int)kind] = value;
            }
        }
    }

    private List<RuleResultTree> Run(string workflow, params RuleParameter[] parameters)
    {
        var pending = engine.ExecuteAllRulesAsync(workflow, parameters);
        if (!pending.IsCompleted)
        {
            throw new InvalidOperationException($"Workflow '{workflow}' did not complete synchronously.");
        }

        return pending.GetAwaiter().GetResult(); // completed: the result, or the rule's exception rethrown
    }

    // A conflict in the source says more than a silence, and a silence more than a missing input.
    private static int Strength(UndeterminedReason reason) => reason switch
    {
        UndeterminedReason.SourceConflict => 2,
        UndeterminedReason.SourceSilent => 1,
        _ => 0,
    };

    // "<UndeterminedReason>" | "AsEnlistment" | "AsPayment": the reason of an open answer, or whose it copies.
    private static (UndeterminedReason? Reason, bool AsEnlistment, bool AsPayment) ParseReason(string text) => text switch
    {
        "AsEnlistment" => (null, true, false),
        "AsPayment" => (null, false, true),
        _ => (Enum.Parse<UndeterminedReason>(text), false, false),
    };

    /// <summary>An enlistment rule's effect: a bar, or an open question with its reason.</summary>
    private readonly record struct EnlistmentEffect(bool Bar, UndeterminedReason Reason)
    {
        // "Bar" | "Open:<UndeterminedReason>"
        public static EnlistmentEffect Parse(string text) =>
            text == "Bar" ? new(true, default)
            : text.StartsWith("Open:", StringComparison.Ordinal) ? new(false, Enum.Parse<UndeterminedReason>(text["Open:".Length..]))
            : throw new InvalidDataException($"Bad enlistment SuccessEvent '{text}'.");
    }

    /// <summary>
    /// An entitlement rule's effect: the value of one or more entitlements and its period. With
    /// <paramref name="AsEnlistment"/> the value is Undetermined for the enlistment's reason (I4).
    /// </summary>
    private sealed record EntitlementEffect(
        EntitlementKind[] Kinds, EntitlementStatus Status, decimal? AmountRub, PaymentPeriod? PaymentPeriod,
        UndeterminedReason? Reason, bool AsEnlistment, Period Period)
    {
        // "<EntitlementKind>[,<EntitlementKind>…]=" then "Entitled[:<amount>:<PaymentPeriod>]" | "NotEntitled"
        // | "NotApplicable" | "Undetermined:<UndeterminedReason|AsEnlistment>", then an optional "@First..Last".
        public static EntitlementEffect Parse(string text)
        {
            var (value, period) = Period.Split(text);
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new InvalidDataException($"Bad entitlement SuccessEvent '{text}'.");
            var kinds = value[..eq].Split(',').Select(Enum.Parse<EntitlementKind>).ToArray();
            var parts = value[(eq + 1)..].Split(':');
            var status = Enum.Parse<EntitlementStatus>(parts[0]);
            return (status, parts.Length) switch
            {
                (EntitlementStatus.Entitled, 3) => new EntitlementEffect(
                    kinds, status, decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
                    Enum.Parse<PaymentPeriod>(parts[2]), null, false, period),
                (EntitlementStatus.Entitled or EntitlementStatus.NotEntitled or EntitlementStatus.NotApplicable, 1) =>
                    new EntitlementEffect(kinds, status, null, null, null, false, period),
                (EntitlementStatus.Undetermined, 2) when ParseReason(parts[1]) is { AsPayment: false } open =>
                    new EntitlementEffect(kinds, status, null, null, open.Reason, open.AsEnlistment, period),
                _ => throw new InvalidDataException($"Bad entitlement SuccessEvent '{text}'."),
            };
        }
    }

    /// <summary>A repayment rule's effect; <paramref name="AsPayment"/> copies the one-time payment's amount or reason.</summary>
    private sealed record RepaymentEffect(ObligationStatus Status, UndeterminedReason? Reason, bool AsPayment, Period Period)
    {
        // "NotOwed" | "Owed:AsPayment" | "Undetermined:<UndeterminedReason|AsPayment>", then an optional "@First..Last".
        public static RepaymentEffect Parse(string text)
        {
            var (value, period) = Period.Split(text);
            var parts = value.Split(':');
            var status = Enum.Parse<ObligationStatus>(parts[0]);
            return (status, parts.Length) switch
            {
                (ObligationStatus.NotOwed, 1) => new RepaymentEffect(status, null, false, period),
                (ObligationStatus.Owed, 2) when parts[1] == "AsPayment" => new RepaymentEffect(status, null, true, period),
                (ObligationStatus.Undetermined, 2) when ParseReason(parts[1]) is { AsEnlistment: false } open =>
                    new RepaymentEffect(status, open.Reason, open.AsPayment, period),
                _ => throw new InvalidDataException($"Bad repayment SuccessEvent '{text}'."),
            };
        }
    }

    /// <summary>A service rule's effect: the phase and its days, or (no phase) the day training ends.</summary>
    private sealed record ServiceEffect(ServicePhase? Phase, bool AsEnlistment, Period Period)
    {
        // "Phase=<ServicePhase>[:AsEnlistment]" then an optional "@First..Last" | "TrainingEndsOn=<day>"
        public static ServiceEffect Parse(string text)
        {
            if (text.StartsWith("TrainingEndsOn=", StringComparison.Ordinal))
            {
                return new ServiceEffect(null, false, new Period(Day.Parse(text["TrainingEndsOn=".Length..]), default));
            }

            if (!text.StartsWith("Phase=", StringComparison.Ordinal)) throw new InvalidDataException($"Bad service SuccessEvent '{text}'.");
            var (value, period) = Period.Split(text["Phase=".Length..]);
            var parts = value.Split(':');
            return parts.Length switch
            {
                1 => new ServiceEffect(Enum.Parse<ServicePhase>(parts[0]), false, period),
                2 when parts[1] == "AsEnlistment" => new ServiceEffect(Enum.Parse<ServicePhase>(parts[0]), true, period),
                _ => throw new InvalidDataException($"Bad service SuccessEvent '{text}'."),
            };
        }
    }

    /// <summary>A duties rule's effect: a claim whose duties apply, or the deployment question's reason (C21).</summary>
    private readonly record struct DutyEffect(string? Claim, UndeterminedReason Deployment)
    {
        // "Duty=<claim>" | "WarZoneDeployment=Undetermined:<UndeterminedReason>"
        public static DutyEffect Parse(string text) =>
            text.StartsWith("Duty=", StringComparison.Ordinal) ? new(text["Duty=".Length..], default)
            : text.StartsWith("WarZoneDeployment=Undetermined:", StringComparison.Ordinal)
                ? new(null, Enum.Parse<UndeterminedReason>(text["WarZoneDeployment=Undetermined:".Length..]))
            : throw new InvalidDataException($"Bad duties SuccessEvent '{text}'.");
    }
}
