using System.Text.Json.Nodes;

namespace Bars.Policy.Tests.Input;

/// <summary>
/// The applicant's flags are declared once (issue 21, item 3): the declaration names every yes/no field the contract
/// writes, each reads and sets its own field only, and the reader's type error, the unknown list and the verifier's
/// classes follow it.
/// </summary>
public sealed class ApplicantFlagsTests
{
    private static readonly Applicant Nobody = new(new DateOnly(1980, 5, 1), Sex.Male);

    [Fact]
    public void The_declaration_names_every_yes_or_no_field_of_the_contract_s_applicant()
    {
        var written = JsonNode.Parse(PolicyJson.Write(new PolicyCase("c", "Kursk", new DateOnly(2024, 10, 1), Nobody)))!["applicant"]!.AsObject();
        var booleans = written.Where(p => p.Value?.GetValueKind() is System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.True).Select(p => p.Key);

        Assert.Equal(booleans.Order(StringComparer.Ordinal), ApplicantFlags.All.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_flag_sets_and_reads_its_own_field_and_no_other()
    {
        foreach (var flag in ApplicantFlags.All)
        {
            var set = flag.Set(Nobody, true);
            var written = JsonNode.Parse(PolicyJson.Write(new PolicyCase("c", "Kursk", new DateOnly(2024, 10, 1), set)))!["applicant"]!.AsObject();

            Assert.True(flag.Get(set), flag.Name);
            Assert.True(written[flag.Name]!.GetValue<bool>(), flag.Name);
            Assert.All(ApplicantFlags.All.Where(f => f != flag), other => Assert.False(other.Get(set), $"{flag.Name} set {other.Name}"));
        }
    }

    [Fact]
    public void A_flag_of_the_wrong_type_is_answered_from_the_declaration()
    {
        foreach (var flag in ApplicantFlags.All)
        {
            var json = $$$"""{"caseId":"t","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1980-05-01","sex":"Male","{{{flag.Name}}}":"yes"}}""";

            Assert.Equal(new ValidationError($"applicant.{flag.Name}", "must be true or false."), Assert.Single(PolicyJson.ReadCase(json).Errors));
        }
    }
}
