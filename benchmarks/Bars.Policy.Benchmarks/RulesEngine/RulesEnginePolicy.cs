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
/// <para>One decision runs four workflows in sequence, each stage's result feeding the next as an input:</para>
/// <list type="number">
/// <item><c>Enlistment</c> (input <c>facts</c>): each rule that succeeds is a bar or an open question.</item>
/// <item><c>Entitlements.{Region}</c> (inputs <c>facts</c>, <c>member</c>): one rule per entitlement value, plus the
/// I4 rules for non-members.</item>
/// <item><c>Repayment</c> (inputs <c>facts</c>, <c>oneTime</c>): follows the one-time payment decided in stage 2.</item>
/// <item><c>Service</c> (input <c>facts</c>): the phase on asOf.</item>
/// </list>
/// <para>
/// What a succeeding rule decides is its <c>SuccessEvent</c> (e.g. <c>MonthlyPay=Entitled:80000:Month</c>), parsed
/// once at construction and looked up by rule at run time. The C# glue here combines the enlistment's bars and open
/// questions (a bar beats a conflict beats a silence, as the NRules <c>Enlistment.Outcome</c> rule's action does),
/// fills in the reasons and amounts a static <c>SuccessEvent</c> cannot carry (the enlistment's reason for the I4
/// rule; the one-time payment's amount or reason for the repayment, as the NRules rules' actions copy them), and
/// checks that every slot was decided exactly once (as the NRules engine's <c>DecisionSheet</c> does).
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
    private const string RepaymentWorkflow = "Repayment";
    private const string ServiceWorkflow = "Service";

    // C4: the last day of training is day 21. The phase itself is decided by the Service workflow; only the date
    // (which a RulesEngine lambda rule cannot return) is worked out here.
    private const int TrainingDays = 21;

    private static readonly int EntitlementKinds = Enum.GetValues<EntitlementKind>().Length;

    // Every membership a decision can produce; immutable, shared (MissingInput does not arise from valid cases).
    private static readonly MembershipFacts Eligible = new(EnlistmentOutcome.Eligible, null);
    private static readonly MembershipFacts Ineligible = new(EnlistmentOutcome.Ineligible, null);
    private static readonly MembershipFacts UndeterminedConflict = new(EnlistmentOutcome.Undetermined, UndeterminedReason.SourceConflict);
    private static readonly MembershipFacts UndeterminedSilent = new(EnlistmentOutcome.Undetermined, UndeterminedReason.SourceSilent);
    private static readonly MembershipFacts UndeterminedMissing = new(EnlistmentOutcome.Undetermined, UndeterminedReason.MissingInput);

    // I4: an Undetermined applicant's entitlements are Undetermined for the enlistment's reason.
    private static readonly RulesEngineEntitlement[] OpenFor = Enum.GetValues<UndeterminedReason>()
        .Select(reason => new RulesEngineEntitlement(EntitlementStatus.Undetermined, null, null, reason))
        .ToArray();

    private readonly MsRulesEngine engine;
    private readonly Dictionary<string, string> entitlementWorkflowByRegion;
    private readonly Dictionary<Rule, EnlistmentEffect> enlistmentEffects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, EntitlementEffect> entitlementEffects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, ObligationStatus> repaymentEffects = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Rule, ServicePhase> serviceEffects = new(ReferenceEqualityComparer.Instance);

    private RulesEnginePolicy(Workflow[] workflows)
    {
        entitlementWorkflowByRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var workflow in workflows)
        {
            foreach (var rule in workflow.Rules)
            {
                var effect = rule.SuccessEvent ?? throw new InvalidDataException($"Rule '{rule.RuleName}' has no SuccessEvent.");
                switch (workflow.WorkflowName)
                {
                    case EnlistmentWorkflow: enlistmentEffects.Add(rule, EnlistmentEffect.Parse(effect)); break;
                    case RepaymentWorkflow: repaymentEffects.Add(rule, Enum.Parse<ObligationStatus>(effect)); break;
                    case ServiceWorkflow: serviceEffects.Add(rule, Enum.Parse<ServicePhase>(effect)); break;
                    default:
                        if (!workflow.WorkflowName.StartsWith("Entitlements.", StringComparison.Ordinal))
                        {
                            throw new InvalidDataException($"Unknown workflow '{workflow.WorkflowName}'.");
                        }

                        entitlementEffects.Add(rule, EntitlementEffect.Parse(effect));
                        break;
                }
            }

            if (workflow.WorkflowName.StartsWith("Entitlements.", StringComparison.Ordinal))
            {
                entitlementWorkflowByRegion.Add(workflow.WorkflowName["Entitlements.".Length..], workflow.WorkflowName);
            }
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
            CustomTypes = [typeof(Sex), typeof(EnlistmentOutcome), typeof(UndeterminedReason), typeof(EntitlementStatus)],
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
    public IReadOnlyList<Rule> Rules => [.. enlistmentEffects.Keys, .. entitlementEffects.Keys, .. repaymentEffects.Keys, .. serviceEffects.Keys];

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

    /// <summary>Decides a valid case (validated elsewhere, as for the reference oracle).</summary>
    public RulesEngineDecision Decide(PolicyCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!entitlementWorkflowByRegion.TryGetValue(c.Region!, out var entitlementWorkflow))
        {
            throw new ArgumentException($"Unknown region '{c.Region}': expects a validated case.", nameof(c));
        }

        var facts = RuleFacts.From(c);
        var factsParameter = new RuleParameter("facts", facts);

        // ---- Stage 1: enlistment. Collect bars and open questions; combine. ----
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
                null => Eligible,
                UndeterminedReason.SourceConflict => UndeterminedConflict,
                UndeterminedReason.SourceSilent => UndeterminedSilent,
                _ => UndeterminedMissing,
            };

        // ---- Stage 2: the region's entitlements (I4 rules included). ----
        var entitlements = new RulesEngineEntitlement?[EntitlementKinds];
        foreach (var result in Run(entitlementWorkflow, factsParameter, new RuleParameter("member", member)))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            var effect = entitlementEffects[result.Rule];
            var value = effect.Value ?? OpenFor[(int)(member.Reason ?? throw new InvalidOperationException(
                $"Rule '{result.Rule.RuleName}' copies the enlistment's reason, but enlistment is {member.Outcome}."))];
            if (effect.Kind is { } kind)
            {
                Fill(entitlements, (int)kind, value, result.Rule);
            }
            else
            {
                for (var i = 0; i < entitlements.Length; i++) Fill(entitlements, i, value, result.Rule);
            }
        }

        for (var i = 0; i < entitlements.Length; i++)
        {
            if (entitlements[i] is null) throw new InvalidOperationException($"No rule of '{entitlementWorkflow}' decided {(EntitlementKind)i}.");
        }

        var oneTime = entitlements[(int)EntitlementKind.OneTimePayment]!;

        // ---- Stage 3: repayment of the one-time payment (C11). ----
        ObligationStatus? repay = null;
        foreach (var result in Run(RepaymentWorkflow, factsParameter, new RuleParameter("oneTime", oneTime)))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            if (repay is not null) throw new InvalidOperationException($"Two repayment rules succeeded ('{result.Rule.RuleName}').");
            repay = repaymentEffects[result.Rule];
        }

        if (repay is null) throw new InvalidOperationException("No repayment rule succeeded.");
        var repayAmount = repay == ObligationStatus.Owed ? oneTime.AmountRub : null;        // the whole payment
        var repayReason = repay == ObligationStatus.Undetermined ? oneTime.Reason : null;  // the payment's reason

        // ---- Stage 4: service phase (C4). ----
        ServicePhase? phase = null;
        foreach (var result in Run(ServiceWorkflow, factsParameter, new RuleParameter("member", member)))
        {
            if (!result.IsSuccess) continue;
            OnRuleSucceeded?.Invoke(result.Rule);
            if (phase is not null) throw new InvalidOperationException($"Two service rules succeeded ('{result.Rule.RuleName}').");
            phase = serviceEffects[result.Rule];
        }

        if (phase is null) throw new InvalidOperationException("No service rule succeeded.");
        // Training is a member's (I4): no end of training for a non-member; an Undetermined phase has the enlistment's reason.
        DateOnly? trainingEndsOn = member.Outcome == EnlistmentOutcome.Eligible && c.Contract is { } k ? k.StartDate!.Value.AddDays(TrainingDays - 1) : null;
        var phaseReason = phase == ServicePhase.Undetermined ? member.Reason : null;

        return new RulesEngineDecision(
            member.Outcome, member.Reason,
            entitlements[(int)EntitlementKind.MonthlyPay]!,
            oneTime,
            entitlements[(int)EntitlementKind.InjuryCompensation]!,
            entitlements[(int)EntitlementKind.CombatVeteranStatus]!,
            entitlements[(int)EntitlementKind.FamilyPrivileges]!,
            entitlements[(int)EntitlementKind.RetainPublicPosition]!,
            repay.Value, repayAmount, repayReason,
            phase.Value, phaseReason, trainingEndsOn);
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

    private static void Fill(RulesEngineEntitlement?[] slots, int slot, RulesEngineEntitlement value, Rule rule)
    {
        if (slots[slot] is not null)
        {
            throw new InvalidOperationException($"Rule '{rule.RuleName}' decided {(EntitlementKind)slot}, already decided.");
        }

        slots[slot] = value;
    }

    // A conflict in the source says more than a silence, and a silence more than a missing input.
    private static int Strength(UndeterminedReason reason) => reason switch
    {
        UndeterminedReason.SourceConflict => 2,
        UndeterminedReason.SourceSilent => 1,
        _ => 0,
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
    /// An entitlement rule's effect: the value of one entitlement, or of all of them (<c>*</c>, I4). A null
    /// <paramref name="Value"/> (<c>Undetermined:AsEnlistment</c>) is Undetermined for the enlistment's reason.
    /// </summary>
    private sealed record EntitlementEffect(EntitlementKind? Kind, RulesEngineEntitlement? Value)
    {
        // "<EntitlementKind|*>=Entitled[:<amount>:<PaymentPeriod>]" | "…=NotEntitled"
        // | "…=Undetermined:<UndeterminedReason>" | "…=Undetermined:AsEnlistment"
        public static EntitlementEffect Parse(string text)
        {
            var eq = text.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new InvalidDataException($"Bad entitlement SuccessEvent '{text}'.");
            var target = text[..eq];
            EntitlementKind? kind = target == "*" ? null : Enum.Parse<EntitlementKind>(target);
            var parts = text[(eq + 1)..].Split(':');
            var status = Enum.Parse<EntitlementStatus>(parts[0]);
            var value = (status, parts.Length) switch
            {
                (EntitlementStatus.Entitled, 1) => new RulesEngineEntitlement(status, null, null, null),
                (EntitlementStatus.Entitled, 3) => new RulesEngineEntitlement(
                    status, decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<PaymentPeriod>(parts[2]), null),
                (EntitlementStatus.NotEntitled, 1) => new RulesEngineEntitlement(status, null, null, null),
                (EntitlementStatus.Undetermined, 2) when parts[1] == "AsEnlistment" => null,
                (EntitlementStatus.Undetermined, 2) => new RulesEngineEntitlement(status, null, null, Enum.Parse<UndeterminedReason>(parts[1])),
                _ => throw new InvalidDataException($"Bad entitlement SuccessEvent '{text}'."),
            };
            return new EntitlementEffect(kind, value);
        }
    }
}
