using System.Globalization;
using Bars.Policy.Synthetic;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// A finding's words are made when they are first read (issue 24: most answers never read them), and they are the
/// same whatever the host's culture and whenever they are read. Before, a rule formatted its amounts with the
/// host's culture: a host running in Russian wrote "40 000 roubles" where every other wrote "40,000 roubles".
/// </summary>
public sealed class FindingWordsTests
{
    // Every shape of case (every region, contract lengths, early terminations, injuries), enough to fire every rule
    // that puts an amount or a date into words.
    private static readonly PolicyCase[] Population = SyntheticCases.Stream(17, SyntheticProfile.Uniform).Take(400).ToArray();

    [Fact]
    public void Findings_are_worded_the_same_in_a_culture_that_groups_and_dates_differently()
    {
        var invariant = Population.Select(c => PolicyJson.Write(TestEngine.Evaluate(c))).ToArray();
        Assert.Contains(invariant, json => json.Contains("40,000 roubles", StringComparison.Ordinal)); // an amount is among the words

        var inTheHostsCulture = InCulture(RussianLike(), () => Population.Select(c => PolicyJson.Write(TestEngine.Evaluate(c))).ToArray());

        for (var i = 0; i < Population.Length; i++) Assert.Equal(invariant[i], inTheHostsCulture[i]);
    }

    [Fact]
    public void Words_read_later_under_another_culture_are_the_words_of_the_decision()
    {
        var decisions = Population.Select(TestEngine.Evaluate).ToArray();
        var expected = decisions.Select(d => PolicyJson.Write(PolicyJson.ReadDecision(PolicyJson.Write(d)))).ToArray();

        // Evaluated before, read now: the words are made here, in a culture the evaluation did not see.
        var read = InCulture(RussianLike(), () => decisions.Select(d => PolicyJson.Write(d)).ToArray());

        Assert.Equal(expected, read);
    }

    [Fact]
    public void Threads_reading_one_findings_words_at_once_all_read_the_same_words()
    {
        var terminated = Cases.In(Regions.Bryansk, contract: Cases.Contract(terminatedEarlyOn: Cases.AsOf.AddDays(-3)));
        var expected = Cli.EvaluateCommandTests.AllFindings(PolicyJson.ReadDecision(PolicyJson.Write(TestEngine.Evaluate(terminated)))).Select(f => f.Text).ToArray();
        var findings = Cli.EvaluateCommandTests.AllFindings(TestEngine.Evaluate(terminated)).ToArray();

        var read = new string[8][];
        Parallel.For(0, read.Length, t => read[t] = findings.Select(f => f.Text).ToArray());

        Assert.All(read, words => Assert.Equal(expected, words));
    }

    // Groups thousands with a no-break space and writes decimals with a comma, as Russian does (the tests run with
    // invariant globalization, so the culture is made by hand).
    private static CultureInfo RussianLike()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberGroupSeparator = "\u00A0";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.DateTimeFormat.DateSeparator = ".";
        return culture;
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> run)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
