using Bars.Policy.Tests.Comparison;
using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Input;

/// <summary>
/// A population's own fields beside the case (BatchOptions.PassThrough, BatchOptions.Weight; issue 23): taken out of
/// each line before the contract reads it, handed back as written, the decision unchanged; a weight is a number.
/// </summary>
public sealed class PassThroughTests
{
    private static readonly PolicyCase Member = In(Regions.Bryansk, contract: Contract(12)) with { CaseId = "m-1" };

    // The case's JSON with fields put in front of its own, as a population file has them.
    private static string WithFields(PolicyCase c, string fields) => "{" + fields + "," + PolicyJson.Write(c)[1..];

    private static async Task<BatchResult[]> Batch(BatchOptions options, params string[] lines) =>
        await TestEngine.Instance.EvaluateLines(lines.ToAsyncEnumerable(), options).ToArrayAsync();

    [Fact]
    public void An_unknown_field_error_echoes_the_region_and_date_it_could_read()
    {
        // Defect (issue 23): every row of a population with an extra column came back with region and asOf empty.
        var decision = TestEngine.Instance.EvaluateJson(WithFields(Member, "\"weight\":2.5"));

        var error = Assert.Single(decision.Errors);
        Assert.Equal(("weight", "is not a field of the case."), (error.Path, error.Message));
        Assert.Equal(("m-1", Regions.Bryansk, (DateOnly?)AsOf), (decision.CaseId, decision.Region, decision.AsOf));
    }

    [Fact]
    public async Task Passed_through_fields_come_back_as_written_and_the_decision_is_the_case_alone()
    {
        var options = new BatchOptions { PassThrough = ["weight", "stratum", "absent"] };
        var results = await Batch(options, WithFields(Member, "\"stratum\" : \"north \\\"A\\\"\",\"weight\":2.50"), PolicyJson.Write(Member));

        Assert.Equal(["2.50", "\"north \\\"A\\\"\"", null], results[0].PassThrough);
        Assert.Equal([null, null, null], results[1].PassThrough);
        Assert.Equal(PolicyJson.Write(TestEngine.Instance.Evaluate(Member)), PolicyJson.Write(results[0].Decision));
        Assert.Equal(results[1].Decision, results[0].Decision);
        Assert.Null(results[0].Weight);
    }

    [Fact]
    public async Task Fields_inside_the_case_are_the_contracts_and_stay_errors()
    {
        // Only the case's own level is the population's: an applicant's "weight" is still not a field of the applicant.
        var line = PolicyJson.Write(Member).Replace("\"sex\":", "\"weight\":1,\"sex\":", StringComparison.Ordinal);
        var result = Assert.Single(await Batch(new BatchOptions { PassThrough = ["weight"] }, line));

        Assert.Equal("applicant.weight", Assert.Single(result.Decision.Errors).Path);
        Assert.Equal([null], result.PassThrough);
    }

    [Fact]
    public async Task A_line_that_is_not_json_gets_the_same_error_with_or_without_pass_through()
    {
        string[] lines = ["{\"weight\":1,\"caseId\":", "[1]", "{\"weight\":1} x"];
        var plain = await Batch(new BatchOptions(), lines);
        var passing = await Batch(new BatchOptions { PassThrough = ["weight"] }, lines);

        Assert.Equal(plain.Select(r => r.Decision), passing.Select(r => r.Decision));
    }

    [Fact]
    public async Task The_first_line_may_open_with_a_byte_order_mark()
    {
        var result = Assert.Single(await Batch(new BatchOptions { Weight = "w" }, "\uFEFF" + WithFields(Member, "\"w\":3")));

        Assert.True(result.Decision.IsValid, string.Join("; ", result.Decision.Errors));
        Assert.Equal(3m, result.Weight);
        Assert.Empty(result.PassThrough); // the weight is read, not passed through unless named there too
    }

    [Fact]
    public async Task A_field_given_twice_is_an_error_of_its_case()
    {
        var result = Assert.Single(await Batch(new BatchOptions { PassThrough = ["id"] }, WithFields(Member, "\"id\":1,\"id\":2")));

        Assert.Equal(("id", "is given more than once (line 1)."), (Assert.Single(result.Decision.Errors).Path, result.Decision.Errors[0].Message));
        Assert.Equal(("m-1", Regions.Bryansk), (result.Decision.CaseId, result.Decision.Region));
    }

    [Theory]
    [InlineData(null, "weight: is required: the case's weight, a number from 0 to 10,000,000,000.")]
    [InlineData("\"weight\":\"2\"", "weight: is the case's weight: it must be a number from 0 to 10,000,000,000; got \"2\".")]
    [InlineData("\"weight\":null", "weight: is the case's weight: it must be a number from 0 to 10,000,000,000; got null.")]
    [InlineData("\"weight\":-0.01", "weight: is the case's weight: it must be from 0 to 10,000,000,000; got -0.01.")]
    [InlineData("\"weight\":10000000000.01", "weight: is the case's weight: it must be from 0 to 10,000,000,000; got 10000000000.01.")]
    [InlineData("\"weight\":1e400", "weight: is the case's weight: it must be a number from 0 to 10,000,000,000; got 1e400.")]
    public async Task A_weight_is_a_number_from_0_and_a_missing_one_is_not_1(string? field, string expected)
    {
        var line = field is null ? PolicyJson.Write(Member) : WithFields(Member, field);
        var result = Assert.Single(await Batch(new BatchOptions { Weight = "weight" }, line));

        var error = Assert.Single(result.Decision.Errors);
        Assert.Equal($"{expected[..^1]} (line 1).", $"{error.Path}: {error.Message}");
        Assert.Equal(("m-1", Regions.Bryansk, (DateOnly?)AsOf), (result.Decision.CaseId, result.Decision.Region, result.Decision.AsOf));
        Assert.Null(result.Weight);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10000000000", 10_000_000_000)]
    [InlineData("2.5e1", 25)]
    public async Task A_weight_at_either_bound_is_read(string json, double expected)
    {
        var result = Assert.Single(await Batch(new BatchOptions { Weight = "weight" }, WithFields(Member, $"\"weight\":{json}")));

        Assert.True(result.Decision.IsValid);
        Assert.Equal((decimal)expected, result.Weight);
    }

    [Fact]
    public async Task A_case_in_error_keeps_its_errors_and_gets_the_weights_too()
    {
        var line = WithFields(Member with { Region = "Tula" }, "\"weight\":-1");
        var result = Assert.Single(await Batch(new BatchOptions { Weight = "weight" }, line));

        Assert.Equal(["region", "weight"], result.Decision.Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData("region")]
    [InlineData("applicant")]
    [InlineData("")]
    public void A_field_of_the_case_cannot_be_passed_through(string name)
    {
        var options = new BatchOptions { PassThrough = [name] };

        Assert.Throws<ArgumentException>(() => TestEngine.Instance.EvaluateMany(BatchInput.JsonLines(AsyncEnumerable.Empty<ReadOnlyMemory<byte>>()), r => r, options));
        Assert.Throws<ArgumentException>(() => TestEngine.Instance.EvaluateMany(BatchInput.JsonLines(AsyncEnumerable.Empty<ReadOnlyMemory<byte>>()), r => r, new BatchOptions { Weight = name }));
    }

    [Fact]
    public void Cases_given_as_objects_have_no_weight()
    {
        Assert.Throws<ArgumentException>(() => TestEngine.Instance.EvaluateMany(BatchInput.Cases(AsyncEnumerable.Empty<PolicyCase?>()), r => r, new BatchOptions { Weight = "weight" }));
    }

    [Fact]
    public async Task Weights_that_double_one_region_double_its_totals_and_leave_the_others()
    {
        var cases = CompareTests.HandCheckedCases();
        var unweighted = TestEngine.Instance.Compare(CompareTests.Reform.Value, cases);
        var lines = cases.Select(c => WithFields(c, c.Region == Regions.Bryansk ? "\"w\":2" : "\"w\":1")).ToArray();

        var weighted = await TestEngine.Instance.CompareAsync(CompareTests.Reform.Value, BatchInput.JsonLines(lines.Select(l => (ReadOnlyMemory<byte>)System.Text.Encoding.UTF8.GetBytes(l)).ToAsyncEnumerable()), null, new BatchOptions { Weight = "w", MaxDegreeOfParallelism = 2 });

        // The unweighted comparison is the same as without weights: the weight is not the case's.
        Assert.Equal(unweighted.Cost, weighted.Cost);
        Assert.Equal(unweighted.ByRegion, weighted.ByRegion);
        foreach (var region in unweighted.ByRegion)
        {
            var factor = region.Region == Regions.Bryansk ? 2m : 1m;
            var w = weighted.WeightedByRegion.Single(t => t.Region == region.Region);
            Assert.Equal(
                (factor * region.Cases, factor * region.CasesChanged, factor * region.Cost.CasesWithContract, factor * region.Cost.CostBeforeRub, factor * region.Cost.CostAfterRub,
                 factor * region.Cost.MeasuredChangeRub, factor * region.Cost.NewlyDeterminedRub, factor * region.Cost.NewlyUndeterminedRub, factor * region.Cost.UndeterminedBefore, factor * region.Cost.UndeterminedAfter),
                (w.Cases, w.CasesChanged, w.WithContract, w.CostBeforeRub, w.CostAfterRub, w.MeasuredChangeRub, w.NewlyDeterminedRub, w.NewlyUndeterminedRub, w.UndeterminedBefore, w.UndeterminedAfter));
        }

        // By hand (CompareTests): Bryansk's determined cost 1,710,000 -> 2,340,000 counts twice in 5,670,000 -> 7,725,000.
        Assert.Equal((19m, 7_380_000m, 10_065_000m), (weighted.Weighted!.Cases, weighted.Weighted.CostBeforeRub, weighted.Weighted.CostAfterRub));
        Assert.Null(weighted.Weighted.Region);
    }

    [Fact]
    public async Task An_unweighted_comparison_has_no_weighted_totals()
    {
        var result = await TestEngine.Instance.CompareAsync(CompareTests.Reform.Value, BatchInput.Cases(CompareTests.HandCheckedCases().ToAsyncEnumerable()));

        Assert.Null(result.Weighted);
        Assert.Empty(result.WeightedByRegion);
    }
}
