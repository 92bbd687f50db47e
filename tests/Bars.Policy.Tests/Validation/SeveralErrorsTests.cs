using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>Every problem of a case is reported at once, not only the first.</summary>
public sealed class SeveralErrorsTests
{
    [Fact]
    public void Every_error_of_a_case_is_reported()
    {
        var c = new PolicyCase(
            "",
            "Atlantis",
            Cases.AsOf,
            new Applicant(Cases.AsOf.AddDays(1), null),
            new Contract(0, null, null),
            [new Injury(null, null), new Injury(Cases.AsOf.AddDays(3), true)]);

        var decision = TestEngine.Evaluate(c);

        InvalidDecision.AssertNothingEvaluated(decision);
        string[] expected =
        [
            "applicant.birthDate",
            "applicant.sex",
            "caseId",
            "contract.months",
            "contract.startDate",
            "injuries[0].date",
            "injuries[0].onDuty",
            "injuries[1].date",
            "region",
        ];
        Assert.Equal(expected, decision.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(decision.Errors, e => InvalidDecision.AssertPlain(e.Message));
    }

    [Fact]
    public void Termination_inside_the_term_but_after_asOf_is_reported_once()
    {
        // Terminated a day after asOf, inside the term: only the asOf rule is broken.
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Cases.Contract(terminatedEarlyOn: Cases.AsOf.AddDays(1))));

        InvalidDecision.AssertSingleError(decision, "contract.terminatedEarlyOn");
    }

    [Fact]
    public void Contract_and_injury_errors_are_reported_together()
    {
        var contract = Cases.Contract(terminatedEarlyOn: Cases.AsOf.AddDays(-100));
        var c = Cases.In(Regions.Belgorod, contract: contract, injuries: [new Injury(contract.StartDate!.Value.AddDays(-1), true), new Injury(Cases.AsOf, null)]);

        var decision = TestEngine.Evaluate(c);

        InvalidDecision.AssertNothingEvaluated(decision);
        Assert.Equal(
            // The injury on duty is both before the start and after the (invalid) termination: each is said.
            ["contract.terminatedEarlyOn", "injuries[0].date", "injuries[0].date", "injuries[1].onDuty"],
            decision.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }
}
