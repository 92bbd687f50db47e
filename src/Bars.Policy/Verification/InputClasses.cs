using Bars.Policy.Engine;
using Bars.Policy.Parameters;
using NRules.RuleModel;

namespace Bars.Policy.Verification;

/// <summary>
/// The input space of one region, cut into the classes its rules can tell apart: for each whole-number input
/// field, the values on both sides of every point where one of its rules' conditions turns, with the parameters of
/// every period (<see cref="Boundaries"/>), every flag both ways, every sex, and one evaluation date per period of the region's
/// parameters. Every combination of classes (<see cref="Choice"/>) is one case (<see cref="Build"/>); a rule whose
/// conditions read only these fields decides alike for every case of a class, so checking one case per combination
/// checks them all.
/// </summary>
internal sealed class InputClasses
{
    /// <summary>The evaluation date used when a period contains it: the catalogue's probe day.</summary>
    internal static readonly DateOnly UsualDay = new(2024, 10, 1);

    private readonly DateOnly[] days;
    private readonly long[] strides;

    private InputClasses(string region, IReadOnlyList<InputField> fields, DateOnly[] days, IReadOnlyList<string> unread)
    {
        Region = region;
        Fields = fields;
        this.days = days;
        Unread = unread;
        strides = new long[fields.Count];
        long product = 1;
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            strides[i] = product;
            product = checked(product * fields[i].Classes.Count);
        }

        Combinations = product;
    }

    /// <summary>The region the classes are of.</summary>
    public string Region { get; }

    /// <summary>Each input field with its classes, in <see cref="Choice"/> order.</summary>
    public IReadOnlyList<InputField> Fields { get; }

    /// <summary>The number of class combinations: the product of the fields' class counts.</summary>
    public long Combinations { get; }

    /// <summary>Comparisons in the region's conditions the classes could not read (a host rule comparing a date,
    /// say), each naming its rule: cases are not split on them.</summary>
    public IReadOnlyList<string> Unread { get; }

    /// <summary>The choice of classes of combination <paramref name="index"/> (0 to <see cref="Combinations"/> − 1).</summary>
    public Choice ChoiceAt(long index)
    {
        var classes = new int[Fields.Count];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = (int)(index / strides[i]);
            index %= strides[i];
        }

        return new Choice(classes);
    }

    /// <summary>The index of <paramref name="choice"/> among the combinations.</summary>
    public long IndexOf(Choice choice)
    {
        long index = 0;
        for (var i = 0; i < strides.Length; i++) index += choice[i] * strides[i];
        return index;
    }

    /// <summary>How many fields of <paramref name="choice"/> are off their usual class: a smaller counterexample has fewer.</summary>
    public int Size(Choice choice)
    {
        var size = 0;
        for (var i = 0; i < Fields.Count; i++)
        {
            if (choice[i] != Fields[i].Usual) size++;
        }

        return size;
    }

    /// <summary>The choice in words: every field's class, <c>age 18, sex Female, …</c>.</summary>
    public string Describe(Choice choice) =>
        string.Join(", ", Fields.Select((f, i) => $"{f.Name} {f.Classes[choice[i]].Label}"));

    /// <summary>
    /// The combinations the engine's build checks (the fast subset of <see cref="PolicyEngine.Verify"/>): the usual
    /// case, every case one or two fields away from it, and every combination of the contract's fields (length, day,
    /// termination, injuries on duty) with the applicant usual: about 700 combinations, some 400 cases per region.
    /// </summary>
    public IReadOnlyList<Choice> FastSubset()
    {
        var usual = Fields.Select(f => f.Usual).ToArray();
        var seen = new HashSet<long>();
        var list = new List<Choice>();
        void Add(int[] classes)
        {
            var choice = new Choice((int[])classes.Clone());
            if (seen.Add(IndexOf(choice))) list.Add(choice);
        }

        Add(usual);
        for (var a = 0; a < Fields.Count; a++)
        {
            for (var x = 0; x < Fields[a].Classes.Count; x++)
            {
                if (x == usual[a]) continue;
                var one = (int[])usual.Clone();
                one[a] = x;
                Add(one);
                for (var b = a + 1; b < Fields.Count; b++)
                {
                    for (var y = 0; y < Fields[b].Classes.Count; y++)
                    {
                        if (y == usual[b]) continue;
                        var two = (int[])one.Clone();
                        two[b] = y;
                        Add(two);
                    }
                }
            }
        }

        // The contract's fields only make a case together (a day needs a length, an injury on duty a day in force);
        // injuries off duty, which no rule reads, stay at their usual none.
        var contract = Enumerable.Range((int)Field.ContractMonths, (int)Field.InjuriesOffDuty - (int)Field.ContractMonths).ToArray();
        var counts = contract.Select(f => Fields[f].Classes.Count).ToArray();
        var product = counts.Aggregate(1, (p, c) => p * c);
        for (var i = 0; i < product; i++)
        {
            var classes = (int[])usual.Clone();
            var rest = i;
            for (var k = contract.Length - 1; k >= 0; k--)
            {
                classes[contract[k]] = rest % counts[k];
                rest /= counts[k];
            }

            Add(classes);
        }

        return list;
    }

    /// <summary>
    /// The case of <paramref name="choice"/>, with its injuries listed on duty first (or in reverse when
    /// <paramref name="reversed"/>); null when the combination is no case: a contract field chosen without a
    /// contract (kept to one combination), injuries or a termination before the contract starts, a day past the
    /// contract's term, an injury on duty with no day in force.
    /// </summary>
    public PolicyCase? Build(Choice choice, string caseId, bool reversed = false)
    {
        try
        {
            return TryBuild(choice, caseId, reversed);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // a date past the calendar's ends: no case has it
        }
    }

    private PolicyCase? TryBuild(Choice choice, string caseId, bool reversed)
    {
        int Value(Field field) => Fields[(int)field].Classes[choice[(int)field]].Value;
        var asOf = days[Value(Field.AsOf)];
        var age = Value(Field.Age);
        var birth = asOf.AddYears(-age);
        if (CaseReader.CompletedYears(birth, asOf) != age) return null;
        var applicant = new Applicant(
            birth,
            (Sex)Value(Field.Sex),
            HealthRestriction: Value(Field.HealthRestriction) == 1,
            MissingLimbOrProsthesis: Value(Field.MissingLimbOrProsthesis) == 1,
            MedicalQualification: Value(Field.MedicalQualification) == 1,
            PublicOfficial: Value(Field.PublicOfficial) == 1,
            CriminalConviction: Value(Field.CriminalConviction) == 1,
            ActiveMilitary: Value(Field.ActiveMilitary) == 1,
            FormerWarParticipant: Value(Field.FormerWarParticipant) == 1);

        var months = Value(Field.ContractMonths);
        var position = Value(Field.ContractDay);
        var terminated = Value(Field.EarlyTermination) == 1;
        var onDuty = Value(Field.InjuriesOnDuty);
        var offDuty = Value(Field.InjuriesOffDuty);
        if (months == NoContract)
        {
            // One combination stands for "no contract": the contract's own fields have nothing to say.
            var first = choice[(int)Field.ContractDay] == 0 && !terminated && onDuty == 0 && offDuty == 0;
            return first ? new PolicyCase(caseId, Region, asOf, applicant) : null;
        }

        DateOnly start = position switch
        {
            NotStarted => asOf.AddDays(1),
            LastDay => asOf.AddDays(1).AddMonths(-months),
            AfterEnd => asOf.AddMonths(-months),
            _ => asOf.AddDays(-(position - 1)),
        };
        if (ContractTerm.OfMonths(start, months) is not { } term) return null;
        var fits = position switch
        {
            NotStarted => true,
            LastDay => term.End == asOf,
            AfterEnd => term.End == asOf.AddDays(-1),
            _ => position <= term.Length,
        };
        if (!fits) return null;
        if (position == NotStarted && (terminated || onDuty + offDuty > 0)) return null;

        // Terminated on the evaluation date (or on the term's last day, once it is over): the latest day it can be.
        DateOnly? terminatedOn = terminated ? (asOf <= term.End ? asOf : term.End) : null;
        var lastInForce = terminatedOn is { } t ? t.AddDays(-1) : term.End;
        var lastOnDuty = lastInForce < asOf ? lastInForce : asOf;
        if (onDuty > 0 && lastOnDuty < start) return null;

        var injuries = new List<Injury>(onDuty + offDuty);
        for (var i = 0; i < onDuty; i++) injuries.Add(new Injury(Later(start, i, lastOnDuty), true));
        for (var i = 0; i < offDuty; i++) injuries.Add(new Injury(Later(start, i, asOf), false));
        if (reversed) injuries.Reverse();
        return new PolicyCase(caseId, Region, asOf, applicant, new Contract(months, start, terminatedOn), injuries.Count == 0 ? null : injuries);
    }

    // Day i after the start, as far as the last day allows: injuries on different days where there are days.
    private static DateOnly Later(DateOnly start, int i, DateOnly last) => start.AddDays(i) <= last ? start.AddDays(i) : last;

    /// <summary>The classes of <paramref name="region"/>'s input, from its rules' conditions and its parameters over time.</summary>
    public static InputClasses Of(string region, IReadOnlyList<IRuleDefinition> rules, ParameterTimeline timeline)
    {
        var periods = Periods(timeline);
        var found = Boundaries.Of(region, rules, periods.Select(p => timeline.On(p)).ToArray());
        var fields = new List<InputField>();
        var dayClasses = periods.Select((p, i) => new InputClass(p.ToString("yyyy-MM-dd"), i)).ToArray();
        fields.Add(new InputField("asOf", dayClasses, Math.Max(0, Array.IndexOf(periods, UsualDay))));
        fields.Add(Counted("age", Intervals(found.Ages, 0), middle: true));
        fields.Add(new InputField("sex", Enum.GetValues<Sex>().Select(s => new InputClass(s.ToString(), (int)s)).ToArray(), 0));
        foreach (var flag in Flags) fields.Add(new InputField(flag, [new("false", 0), new("true", 1)], 0));

        var months = Intervals(found.Months, 1).Select(m => new InputClass(m.ToString(System.Globalization.CultureInfo.InvariantCulture), m)).ToList();
        months.Insert(0, new InputClass("none", NoContract));
        fields.Add(new InputField("contract months", months, 0));

        var contractDays = new List<InputClass> { new("not started", NotStarted) };
        contractDays.AddRange(Intervals(found.ContractDays, 1).Select(d => new InputClass($"day {d}", d)));
        contractDays.Add(new("last day", LastDay));
        contractDays.Add(new("after the end", AfterEnd));
        fields.Add(new InputField("contract day", contractDays, 0));
        fields.Add(new InputField("early termination", [new("no", 0), new("yes", 1)], 0));

        var injuries = Intervals(found.InjuriesOnDuty, 0);
        fields.Add(Counted("injuries on duty", injuries, middle: false));

        // No fact reads injuries off duty; they are input all the same (the validator reads them), and with those on
        // duty they make the lists whose order must not matter.
        fields.Add(Counted("injuries off duty", [0, 1], middle: false));
        return new InputClasses(region, fields, periods, found.Unread);
    }

    private static InputField Counted(string name, IReadOnlyList<int> values, bool middle) =>
        new(name, values.Select(v => new InputClass(v.ToString(System.Globalization.CultureInfo.InvariantCulture), v)).ToArray(), middle ? (values.Count - 1) / 2 : 0);

    /// <summary>
    /// The values of a whole-number field that <paramref name="cuts"/> tell apart: on both sides of each cut (a cut
    /// <c>t</c> is where a comparison turns, between <c>t - 1</c> and <c>t</c>), so every interval between cuts is
    /// tried at both its ends; none below <paramref name="least"/>. Ages cut at 18 and 66 give 17, 18, 65, 66. With
    /// no cut, the field is one class.
    /// </summary>
    internal static IReadOnlyList<int> Intervals(IEnumerable<int> cuts, int least)
    {
        var values = new SortedSet<int>();
        foreach (var cut in cuts)
        {
            if (cut - 1 >= least) values.Add(cut - 1);
            if (cut >= least) values.Add(cut);
        }

        return values.Count == 0 ? [least] : values.ToArray();
    }

    /// <summary>
    /// One evaluation date per period of the region's parameters: the days a host value starts or the day after
    /// it ends cut the calendar into periods in which every parameter keeps its value. The usual day stands for
    /// its period; any other period by its first day (the first period by its last).
    /// </summary>
    private static DateOnly[] Periods(ParameterTimeline timeline)
    {
        var cuts = new SortedSet<DateOnly>();
        foreach (var v in timeline.HostValues)
        {
            if (v.EffectiveFrom is { } from && from > DateOnly.MinValue) cuts.Add(from);
            if (v.EffectiveTo is { } to && to < DateOnly.MaxValue) cuts.Add(to.AddDays(1));
        }

        var days = new List<DateOnly>();
        var first = DateOnly.MinValue;
        foreach (var cut in cuts.Append(DateOnly.MaxValue))
        {
            var last = cut == DateOnly.MaxValue ? cut : cut.AddDays(-1);
            days.Add(UsualDay >= first && UsualDay <= last ? UsualDay : first == DateOnly.MinValue ? last : first);
            if (cut == DateOnly.MaxValue) break;
            first = cut;
        }

        return days.ToArray();
    }

    /// <summary>The flags of the applicant, in the contract's order; each is one field of two classes.</summary>
    internal static readonly string[] Flags =
        ["healthRestriction", "missingLimbOrProsthesis", "medicalQualification", "publicOfficial", "criminalConviction", "activeMilitary", "formerWarParticipant"];

    // Class values of the contract fields that are no number of months or days.
    private const int NoContract = 0;
    private const int NotStarted = -1;
    private const int LastDay = -2;
    private const int AfterEnd = -3;

    private enum Field
    {
        AsOf, Age, Sex, HealthRestriction, MissingLimbOrProsthesis, MedicalQualification, PublicOfficial, CriminalConviction,
        ActiveMilitary, FormerWarParticipant, ContractMonths, ContractDay, EarlyTermination, InjuriesOnDuty, InjuriesOffDuty,
    }
}

/// <summary>One input field and the classes its rules tell apart; <paramref name="Usual"/> is the class a case has
/// unless it needs another (a flag unset, no contract, a middle age), by which counterexamples are kept small.</summary>
internal sealed record InputField(string Name, IReadOnlyList<InputClass> Classes, int Usual);

/// <summary>One class of a field: its words and the value that stands for it.</summary>
internal sealed record InputClass(string Label, int Value);

/// <summary>One class per field, by index into each field's classes.</summary>
internal readonly record struct Choice(int[] Classes)
{
    public int this[int field] => Classes[field];
}
