using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Bars.Policy.Parameters;
using NRules.RuleModel;

namespace Bars.Policy.Engine.Anatomy;

/// <summary>
/// One rule as the engine knows it, read once when the engine is built (<see cref="Read"/>) and never again: its
/// definition and class, the regions it applies to, the comparisons its conditions make, the parameters it reads, the
/// outcomes it records, whether the sequential plan can run it, and its expressions as the fingerprint writes them.
/// The catalogue, provenance, the values read per decision, verification's input classes, the timeline's and
/// why-not's boundaries, and the sequential plan all read this. It is also the definition both executions run (it
/// hands NRules the definition's own parts), so a firing rule's context names its anatomy and a finding points at
/// its rule (<see cref="Finding.Rule"/>) instead of a name looked up again.
/// </summary>
internal sealed partial class RuleAnatomy : IRuleDefinition
{
    private RuleAnatomy(IRuleDefinition definition, Type ruleType, IReadOnlyList<string>? regions)
    {
        Definition = definition;
        RuleType = ruleType;
        Regions = regions;
    }

    /// <summary>The rule as NRules loaded it.</summary>
    public IRuleDefinition Definition { get; }

    /// <summary>The rule's name (unique in an engine).</summary>
    public string Name => Definition.Name;

    /// <summary>The rule's class.</summary>
    public Type RuleType { get; }

    /// <summary>The regions the rule is scoped to, in ordinal order; null: every region.</summary>
    public IReadOnlyList<string>? Regions { get; }

    /// <summary>The comparisons of its conditions, in the order they are written.</summary>
    public IReadOnlyList<RuleComparison> Comparisons { get; private set; } = [];

    /// <summary>The members of facts (and of captured objects) its conditions read.</summary>
    public IReadOnlySet<MemberInfo> ConditionMembers { get; private set; } = new HashSet<MemberInfo>();

    /// <summary>The policy parameters it names in its conditions and actions, in enum order.</summary>
    public IReadOnlyList<Parameter> Parameters { get; private set; } = [];

    /// <summary><see cref="Parameters"/> as bits, one per <see cref="Parameter"/>.</summary>
    public int ParameterMask { get; private set; }

    /// <summary>What it decides (an entitlement or obligation kind, "enlistment condition", "service phase", …), in ordinal order.</summary>
    public IReadOnlyList<string> Outcomes { get; private set; } = [];

    /// <summary>Why the sequential plan cannot run it, or null when it can.</summary>
    public string? NotSequential { get; private set; }

    /// <summary>Each of its expressions as the fingerprint writes it: the expression, then the values it captured.</summary>
    public IReadOnlyList<string> Written { get; private set; } = [];

    /// <summary>The findings it makes with fixed words, made once and shared by every decision.</summary>
    public FixedFindings Fixed { get; } = new();

    /// <summary>Its expressions (<see cref="RuleElements.Of"/>: conditions, then filters and actions), as <see cref="Written"/> lists them.</summary>
    public IReadOnlyList<LambdaExpression> Expressions { get; private set; } = [];

    string IRuleDefinition.Description => Definition.Description;

    int IRuleDefinition.Priority => Definition.Priority;

    RuleRepeatability IRuleDefinition.Repeatability => Definition.Repeatability;

    IReadOnlyList<string> IRuleDefinition.Tags => Definition.Tags;

    PropertyMap IRuleDefinition.Properties => Definition.Properties;

    DependencyGroupElement IRuleDefinition.DependencyGroup => Definition.DependencyGroup;

    FilterGroupElement IRuleDefinition.FilterGroup => Definition.FilterGroup;

    GroupElement IRuleDefinition.LeftHandSide => Definition.LeftHandSide;

    ActionGroupElement IRuleDefinition.RightHandSide => Definition.RightHandSide;

    /// <summary>Where <paramref name="expression"/> (this very object) is among <see cref="Expressions"/>; -1 when it is
    /// not one of this rule's.</summary>
    public int IndexOf(LambdaExpression expression)
    {
        for (var i = 0; i < Expressions.Count; i++)
        {
            if (ReferenceEquals(Expressions[i], expression)) return i;
        }

        return -1;
    }

    /// <summary>Whether the rule applies in <paramref name="region"/>.</summary>
    public bool AppliesIn(string region) => Regions is null || Regions.Contains(region, StringComparer.Ordinal);

    /// <summary>Reads <paramref name="definition"/>, of class <paramref name="ruleType"/>, scoped to <paramref name="regions"/>.</summary>
    public static RuleAnatomy Read(IRuleDefinition definition, Type ruleType, IReadOnlyList<string>? regions)
    {
        var anatomy = new RuleAnatomy(definition, ruleType, regions);
        var (lambdas, conditions) = RuleElements.Of(definition);

        var comparisons = new List<RuleComparison>();
        var conditionMembers = new ValuesNamed();
        for (var i = 0; i < conditions; i++)
        {
            new ComparisonsRead(comparisons, lambdas[i]).Visit(lambdas[i].Body);
            conditionMembers.Visit(lambdas[i]);
        }

        var named = new ValuesNamed();
        var written = new List<string>(lambdas.Count);
        foreach (var lambda in lambdas)
        {
            named.Captured.Clear();
            named.Visit(lambda);
            written.Add(WrittenForm(lambda, named.Captured));
        }

        var outcomes = new OutcomesRecorded();
        foreach (var action in definition.RightHandSide.Actions) outcomes.Visit(action.Expression);

        anatomy.Comparisons = comparisons;
        anatomy.ConditionMembers = conditionMembers.Members;
        anatomy.ParameterMask = named.ParameterMask;
        anatomy.Parameters = ParametersIn(named.ParameterMask);
        anatomy.Outcomes = outcomes.Found.ToArray();
        anatomy.NotSequential = Sequential.SequentialAnalysis.Unsupported(definition);
        anatomy.Written = written;
        anatomy.Expressions = lambdas;
        return anatomy;
    }

    // The parameters of a mask, in enum order.
    private static Parameter[] ParametersIn(int mask)
    {
        var found = new Parameter[System.Numerics.BitOperations.PopCount((uint)mask)];
        var count = 0;
        for (var bit = 0; mask >> bit != 0; bit++)
        {
            if ((mask >> bit & 1) != 0) found[count++] = (Parameter)bit;
        }

        return found;
    }

    // The expression, then every value it captured: ToString alone prints "value(Closure).payment", not the payment.
    private static string WrittenForm(LambdaExpression lambda, List<string> captured)
    {
        var text = captured.Count == 0 ? lambda.ToString() : $"{lambda} where {string.Join("; ", captured)}";

        // NRules names the parameters it makes $var1$, $var2$, … from a counter of the process: number them per expression.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return GeneratedName().Replace(text, m => names.TryGetValue(m.Value, out var n) ? n : names[m.Value] = $"$v{names.Count}$");
    }

    [GeneratedRegex(@"\$var\d+\$")]
    private static partial Regex GeneratedName();
}
