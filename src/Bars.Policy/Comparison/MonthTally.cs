namespace Bars.Policy.Comparison;

/// <summary>
/// One region's cost by calendar month, kept as steps (the change of each running value from the month before), so a
/// run of months costs two entries however long, and memory holds months, never cases. Determined amounts are summed;
/// an Undetermined amount counts its case in each month it falls in, once however many of its parts are.
/// </summary>
internal sealed class MonthTally
{
    private readonly SortedDictionary<int, Step> steps = [];

    /// <summary>A case's steps, both sides, or null when one would leave <see cref="decimal"/>'s range.</summary>
    /// <param name="cost">The case's money.</param>
    /// <returns>The steps by month number (<see cref="MonthRun.IndexOf"/>).</returns>
    public static Dictionary<int, Step>? Steps(CaseMoney cost)
    {
        var steps = new Dictionary<int, Step>();
        try
        {
            Add(steps, cost.MonthsBefore, before: true);
            Add(steps, cost.MonthsAfter, before: false);
            AddRuns(steps, cost.MonthsMeasured, rub => new Step(0, 0, 0, 0) { Measured = rub });
            AddRuns(steps, cost.MonthsNewlyDetermined, rub => new Step(0, 0, 0, 0) { NewlyDetermined = rub });
            AddRuns(steps, cost.MonthsNewlyUndetermined, rub => new Step(0, 0, 0, 0) { NewlyUndetermined = rub });
            return steps;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The series with <paramref name="caseSteps"/> added, or null (the series unchanged) when a month would leave decimal's range.</summary>
    /// <param name="caseSteps">A case's steps (<see cref="Steps"/>).</param>
    /// <returns>The new values to <see cref="Commit"/>, or null.</returns>
    public List<(int Month, Step Value)>? With(Dictionary<int, Step> caseSteps)
    {
        var values = new List<(int, Step)>(caseSteps.Count);
        try
        {
            foreach (var (month, step) in caseSteps) values.Add((month, steps.GetValueOrDefault(month) + step));
            return values;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Puts the values <see cref="With"/> worked out in place.</summary>
    /// <param name="values">The new values.</param>
    public void Commit(List<(int Month, Step Value)> values)
    {
        foreach (var (month, value) in values) steps[month] = value;
    }

    /// <summary>The months with a cost or an Undetermined amount, in order.</summary>
    /// <param name="region">The region.</param>
    /// <returns>One entry a month.</returns>
    public IEnumerable<MonthCost> Months(string region)
    {
        var running = default(Step);
        int? month = null;
        foreach (var (next, step) in steps)
        {
            for (; month < next; month++)
            {
                if (running != default) yield return new MonthCost(MonthRun.FirstDay(month.Value), region, running.Before, running.After, running.Measured, running.NewlyDetermined, running.NewlyUndetermined, running.UndeterminedBefore, running.UndeterminedAfter);
            }

            running += step;
            month = next;
        }
    }

    // Determined runs only: a split part is determined on the side it is counted on.
    private static void AddRuns(Dictionary<int, Step> steps, IReadOnlyList<MonthRun> runs, Func<decimal, Step> of)
    {
        foreach (var run in runs)
        {
            var step = of(run.Rub!.Value);
            steps[run.Month] = steps.GetValueOrDefault(run.Month) + step;
            steps[run.Month + run.Count] = steps.GetValueOrDefault(run.Month + run.Count) - step;
        }
    }

    private static void Add(Dictionary<int, Step> steps, IReadOnlyList<MonthRun> runs, bool before)
    {
        var unknown = new List<(int From, int To)>();
        foreach (var run in runs)
        {
            if (run.Rub is not { } rub)
            {
                unknown.Add((run.Month, run.Month + run.Count));
                continue;
            }

            var step = before ? new Step(rub, 0, 0, 0) : new Step(0, rub, 0, 0);
            steps[run.Month] = steps.GetValueOrDefault(run.Month) + step;
            steps[run.Month + run.Count] = steps.GetValueOrDefault(run.Month + run.Count) - step;
        }

        // The case once in each month an amount of it is Undetermined: the runs' union.
        var one = before ? new Step(0, 0, 1, 0) : new Step(0, 0, 0, 1);
        var end = int.MinValue;
        foreach (var (from, to) in unknown.OrderBy(u => u.From))
        {
            var start = Math.Max(from, end);
            if (to <= start) continue;
            steps[start] = steps.GetValueOrDefault(start) + one;
            steps[to] = steps.GetValueOrDefault(to) - one;
            end = to;
        }
    }

    /// <summary>The change of each running value at a month.</summary>
    /// <param name="Before">Determined cost under the baseline.</param>
    /// <param name="After">Determined cost under the reform.</param>
    /// <param name="UndeterminedBefore">Cases with an Undetermined amount under the baseline.</param>
    /// <param name="UndeterminedAfter">The same under the reform.</param>
    internal readonly record struct Step(decimal Before, decimal After, long UndeterminedBefore, long UndeterminedAfter)
    {
        /// <summary>The change on the parts determined on both sides (<see cref="CaseMoney.Measured"/>).</summary>
        public decimal Measured { get; init; }

        /// <summary>The parts Undetermined before and determined after, at their value after.</summary>
        public decimal NewlyDetermined { get; init; }

        /// <summary>The parts determined before and Undetermined after, at their value before.</summary>
        public decimal NewlyUndetermined { get; init; }

        public static Step operator +(Step x, Step y) => new(x.Before + y.Before, x.After + y.After, x.UndeterminedBefore + y.UndeterminedBefore, x.UndeterminedAfter + y.UndeterminedAfter)
        {
            Measured = x.Measured + y.Measured,
            NewlyDetermined = x.NewlyDetermined + y.NewlyDetermined,
            NewlyUndetermined = x.NewlyUndetermined + y.NewlyUndetermined,
        };

        public static Step operator -(Step x, Step y) => new(x.Before - y.Before, x.After - y.After, x.UndeterminedBefore - y.UndeterminedBefore, x.UndeterminedAfter - y.UndeterminedAfter)
        {
            Measured = x.Measured - y.Measured,
            NewlyDetermined = x.NewlyDetermined - y.NewlyDetermined,
            NewlyUndetermined = x.NewlyUndetermined - y.NewlyUndetermined,
        };
    }
}
