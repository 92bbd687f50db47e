using Bars.Policy.Engine;

namespace Bars.Policy.Verification;

/// <summary>
/// The input space of one region, cut into the classes its rules can tell apart, from the region's boundaries
/// (<see cref="RuleBoundaries"/>, the same the timeline and why-not read): for each whole-number input field, the
/// values on both sides of every point where one of its rules' conditions turns, with the parameters of every period;
/// every flag both ways, every sex, one evaluation date per period of the region's parameters; and time: the age on
/// the day enlistment is judged, and a birthday at each age the rules turn on falling between the contract's start and
/// <c>asOf</c>; the contract's phase on <c>asOf</c> (not started, day 1, each side of each day a rule counts to, the
/// last day of the term, after it), an early termination on <c>asOf</c> by either party (on day 1: terminated on the
/// first day); injuries on duty within the days in force, and one off duty before, within or after the term. Every
/// combination of classes (<see cref="Choice"/>) is one case (<see cref="Build"/>); a rule whose conditions read only
/// these fields decides alike for every case of a class, so checking one case per combination checks them all.
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
    /// The combinations the engine's build checks (the fast subset of <see cref="VerificationExtensions.Verify"/>): the usual
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
        var contract = Enumerable.Range((int)Field.ContractMonths, (int)Field.InjuryOffDuty - (int)Field.ContractMonths).ToArray();
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
        var ageClass = Value(Field.Age);
        var turning = ageClass >= Turning;
        var age = turning ? ageClass - Turning : ageClass;
        var months = Value(Field.ContractMonths);
        var position = Value(Field.ContractDay);
        var termination = Value(Field.Termination);
        var onDuty = Value(Field.InjuriesOnDuty);
        var offDuty = Value(Field.InjuryOffDuty);
        if (months == NoContract)
        {
            // One combination stands for "no contract": the contract's own fields have nothing to say.
            var first = choice[(int)Field.ContractDay] == 0 && termination == 0 && onDuty == 0 && offDuty == OffDutyNone && !turning;
            return first && Born(asOf, age, turning: false) is { } b ? new PolicyCase(caseId, Region, asOf, ApplicantOf(choice, b)) : null;
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
        if (position == NotStarted && (termination != 0 || onDuty > 0)) return null;

        // Age is judged on the start (I6); a birthday between the start and asOf must fall on a day already passed.
        if (turning && asOf < start.AddDays(1)) return null;
        if (Born(start, age, turning) is not { } birth) return null;

        // Terminated on the evaluation date (or on the term's last day, once it is over): the latest day it can be.
        DateOnly? terminatedOn = termination != 0 ? (asOf <= term.End ? asOf : term.End) : null;
        TerminatingParty? terminatedBy = termination switch { 1 => TerminatingParty.Volunteer, 2 => TerminatingParty.Unit, _ => null };
        var lastInForce = terminatedOn is { } t ? t.AddDays(-1) : term.End;
        var lastOnDuty = lastInForce < asOf ? lastInForce : asOf;
        if (onDuty > 0 && lastOnDuty < start) return null;

        DateOnly? offDutyOn = offDuty switch
        {
            OffDutyBefore => start.AddDays(-1),
            OffDutyWithin => start,
            OffDutyAfter => term.End.AddDays(1),
            _ => null,
        };
        if (offDutyOn > asOf) return null;

        var injuries = new List<Injury>(onDuty + 1);
        for (var i = 0; i < onDuty; i++) injuries.Add(new Injury(Later(start, i, lastOnDuty), true));
        if (offDutyOn is { } off) injuries.Add(new Injury(off, false));
        if (reversed) injuries.Reverse();
        return new PolicyCase(caseId, Region, asOf, ApplicantOf(choice, birth), new Contract(months, start, terminatedOn, terminatedBy), injuries.Count == 0 ? null : injuries);
    }

    private Applicant ApplicantOf(Choice choice, DateOnly birth)
    {
        var applicant = new Applicant(birth, (Sex)Fields[(int)Field.Sex].Classes[choice[(int)Field.Sex]].Value);
        for (var i = 0; i < FlagCount; i++)
        {
            var field = (int)Field.FirstFlag + i;
            applicant = ApplicantFlags.All[i].Set(applicant, Fields[field].Classes[choice[field]].Value == 1);
        }

        return applicant;
    }

    // A birth date that makes the applicant aged exactly age on judgedOn, and (turning) a year older from the day
    // after; null where the calendar (29 February, the year 1) gives none.
    private static DateOnly? Born(DateOnly judgedOn, int age, bool turning)
    {
        var birth = turning ? judgedOn.AddDays(1).AddYears(-(age + 1)) : judgedOn.AddYears(-age);
        if (CaseReader.CompletedYears(birth, judgedOn) != age) return null;
        return !turning || CaseReader.CompletedYears(birth, judgedOn.AddDays(1)) == age + 1 ? birth : null;
    }

    // Day i after the start, as far as the last day allows: injuries on different days where there are days.
    private static DateOnly Later(DateOnly start, int i, DateOnly last) => start.AddDays(i) <= last ? start.AddDays(i) : last;

    /// <summary>The classes of <paramref name="region"/>'s input, from its <paramref name="found"/> boundaries.</summary>
    public static InputClasses Of(string region, RuleBoundaries found)
    {
        var periods = Periods(found.ParameterChanges);
        var fields = new List<InputField>();
        var dayClasses = periods.Select((p, i) => new InputClass(p.ToString("yyyy-MM-dd"), i)).ToArray();
        fields.Add(new InputField("asOf", dayClasses, Math.Max(0, Array.IndexOf(periods, UsualDay))));

        // The age on the day enlistment is judged; then, for each age a rule turns on, one a year younger on the
        // start who has that birthday the day after (a member who turns 66 mid-contract).
        var ages = Intervals(found.Ages, 0);
        var ageClasses = ages.Select(a => new InputClass(a.ToString(System.Globalization.CultureInfo.InvariantCulture), a)).ToList();
        foreach (var cut in found.Ages.Where(a => a >= 1).Distinct().Order())
        {
            ageClasses.Add(new InputClass($"{cut - 1}, {cut} from day 2", Turning + cut - 1));
        }

        fields.Add(new InputField("age", ageClasses, (ages.Count - 1) / 2));
        fields.Add(new InputField("sex", Enum.GetValues<Sex>().Select(s => new InputClass(s.ToString(), (int)s)).ToArray(), 0));
        if (ApplicantFlags.All.Count != FlagCount) throw new InvalidOperationException($"The verifier explores {FlagCount} applicant flags; ApplicantFlags declares {ApplicantFlags.All.Count}.");
        foreach (var flag in ApplicantFlags.All) fields.Add(new InputField(flag.Name, [new("false", 0), new("true", 1)], 0));

        var months = Intervals(found.Months, 1).Select(m => new InputClass(m.ToString(System.Globalization.CultureInfo.InvariantCulture), m)).ToList();
        months.Insert(0, new InputClass("none", NoContract));
        fields.Add(new InputField("contract months", months, 0));

        var contractDays = new List<InputClass> { new("not started", NotStarted) };
        contractDays.AddRange(Intervals(found.ContractDays.Append(1), 1).Select(d => new InputClass($"day {d}", d)));
        contractDays.Add(new("last day", LastDay));
        contractDays.Add(new("after the end", AfterEnd));
        fields.Add(new InputField("contract day", contractDays, 0));
        fields.Add(new InputField("early termination", [new("no", 0), new("by the volunteer", 1), new("by the unit", 2)], 0));

        var injuries = Intervals(found.InjuriesOnDuty, 0);
        fields.Add(Counted("injuries on duty", injuries, middle: false));

        // No fact reads injuries off duty; they are input all the same (the validator reads them, on any day up to
        // asOf, I12), and with those on duty they make the lists whose order must not matter.
        fields.Add(new InputField("injury off duty", [new("none", OffDutyNone), new("before the start", OffDutyBefore), new("within the term", OffDutyWithin), new("after the term", OffDutyAfter)], 0));
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
    /// One evaluation date per period of the region's parameters (<see cref="RuleBoundaries.ParameterChanges"/> cut the
    /// calendar into periods in which every parameter keeps its value). The usual day stands for its period; any
    /// other period by its first day (the first period by its last).
    /// </summary>
    private static DateOnly[] Periods(IReadOnlyList<DateOnly> changes)
    {
        var days = new List<DateOnly>();
        var first = DateOnly.MinValue;
        foreach (var cut in changes.Where(c => c > DateOnly.MinValue).Append(DateOnly.MaxValue))
        {
            var last = cut == DateOnly.MaxValue ? cut : cut.AddDays(-1);
            days.Add(UsualDay >= first && UsualDay <= last ? UsualDay : first == DateOnly.MinValue ? last : first);
            if (cut == DateOnly.MaxValue) break;
            first = cut;
        }

        return days.ToArray();
    }

    // The applicant's flags (ApplicantFlags, in its order), each one field of two classes, from Field.FirstFlag on;
    // a flag declared there and not counted here fails the type's first use rather than go unexplored.
    private const int FlagCount = 7;

    // Class values of the fields that are no number of years, months or days.
    private const int NoContract = 0;
    private const int NotStarted = -1;
    private const int LastDay = -2;
    private const int AfterEnd = -3;
    private const int Turning = 100_000; // + age: that age on the start, a year older from the day after
    private const int OffDutyNone = 0;
    private const int OffDutyBefore = 1;
    private const int OffDutyWithin = 2;
    private const int OffDutyAfter = 3;

    private enum Field
    {
        AsOf, Age, Sex, FirstFlag, ContractMonths = FirstFlag + FlagCount, ContractDay, Termination, InjuriesOnDuty, InjuryOffDuty,
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
