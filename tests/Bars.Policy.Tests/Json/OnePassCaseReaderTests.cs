using System.Text;
using System.Text.Json;
using Bars.Policy.Json;
using Bars.Policy.Synthetic;
using Bars.Policy.Tests.Properties;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// The one-pass reader of the common case (issue 24) reads a case exactly as the serializer does, or declines it and
/// leaves it to the serializer: a case it reads equals the serializer's, for valid cases of every shape, for every
/// kind of broken document, and for the corners of JSON (escapes, nulls, numbers, repeats, what follows the object).
/// </summary>
public sealed class OnePassCaseReaderTests
{
    [PolicyProperty]
    public void A_valid_case_is_read_in_one_pass_as_the_serializer_reads_it(CaseSpec spec)
    {
        var json = Encoding.UTF8.GetBytes(PolicyJson.Write(spec.ToCase()));
        var read = OnePassCaseReader.TryRead(json);
        Assert.NotNull(read); // the common case must not fall back: that is the speed
        Assert.Equal(Serializer(json), read);
    }

    [PolicyProperty]
    public void A_broken_document_is_declined_or_read_as_the_serializer_reads_it(InvalidInput input) =>
        AssertAgrees(input.Json);

    [Fact]
    public void A_synthetic_population_is_read_in_one_pass()
    {
        foreach (var profile in new[] { SyntheticProfile.Uniform, SyntheticProfile.Plausible })
        {
            foreach (var c in SyntheticCases.Stream(7, profile).Take(2_000))
            {
                var json = Encoding.UTF8.GetBytes(PolicyJson.Write(c));
                Assert.Equal(c, OnePassCaseReader.TryRead(json));
            }
        }
    }

    [Theory]
    // Declined, for the serializer's errors.
    [InlineData("""{"caseId":"a","caseId":"b"}""", false)]
    [InlineData("""{"caseId":"a","colour":1}""", false)]
    [InlineData("""{"applicant":{"sex":"Male","sex":"Female"}}""", false)]
    [InlineData("""{"applicant":{"shoeSize":1}}""", false)]
    [InlineData("""{"applicant":{"healthRestriction":null}}""", false)]
    [InlineData("""{"applicant":{"healthRestriction":"true"}}""", false)]
    [InlineData("""{"applicant":{"sex":"male"}}""", false)]
    [InlineData("""{"applicant":{"sex":1}}""", false)]
    [InlineData("""{"asOf":"2024-02-30"}""", false)]
    [InlineData("""{"asOf":"0000-01-01"}""", false)]
    [InlineData("""{"asOf":"2024-1-01"}""", false)]
    [InlineData("""{"asOf":"2024-01-01T00:00"}""", false)]
    [InlineData("""{"asOf":" 2024-01-01"}""", false)]
    [InlineData("""{"asOf":"2024\u002d01-01"}""", false)]
    [InlineData("""{"contract":{"months":6.0}}""", false)]
    [InlineData("""{"contract":{"months":1e1}}""", false)]
    [InlineData("""{"contract":{"months":2147483648}}""", false)]
    [InlineData("""{"contract":{"months":"6"}}""", false)]
    [InlineData("""{"contract":{"terminatedBy":"unit"}}""", false)]
    [InlineData("""{"injuries":[null]}""", false)]
    [InlineData("""{"injuries":{}}""", false)]
    [InlineData("""{"injuries":[{"date":"2024-01-01","onDuty":1}]}""", false)]
    [InlineData("""{"unknown":["contract.months"]}""", false)]
    [InlineData("""{"caseId":"a"} {}""", false)]
    [InlineData("""{"caseId":"a"}x""", false)]
    [InlineData("""{"caseId":"a",}""", false)]
    [InlineData("""{"caseId":"a" /* c */}""", false)]
    [InlineData("""{"caseId":"\ud800"}""", false)]
    [InlineData("""{"caseId":"a""", false)]
    [InlineData("""null""", false)]
    [InlineData("""[]""", false)]
    [InlineData("""{"CaseId":"a"}""", false)]
    // Read in one pass.
    [InlineData("""{}""", true)]
    [InlineData(""" { "caseId" : "a" , "region":null } """, true)]
    [InlineData("""{"case\u0049d":"\u00e9\ud83d\ude00"}""", true)]
    [InlineData("""{"applicant":null,"contract":null,"injuries":null}""", true)]
    [InlineData("""{"applicant":{},"contract":{},"injuries":[]}""", true)]
    [InlineData("""{"applicant":{"sex":"M\u0061le","birthDate":null,"formerWarParticipant":true}}""", true)]
    [InlineData("""{"contract":{"months":-0,"terminatedBy":"Unit","terminatedEarlyOn":null}}""", true)]
    [InlineData("""{"asOf":"2024-02-29","injuries":[{"date":"0001-01-01","onDuty":null},{}]}""", true)]
    public void The_corners_of_JSON_are_declined_or_read_as_the_serializer_reads_them(string json, bool readInOnePass)
    {
        AssertAgrees(json);
        Assert.Equal(readInOnePass, OnePassCaseReader.TryRead(Encoding.UTF8.GetBytes(json)) is not null);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_inside_a_text_are_declined()
    {
        byte[] json = [.. "{\"caseId\":\"a"u8, 0xFF, .. "\"}"u8];
        Assert.Null(OnePassCaseReader.TryRead(json));
        Assert.Null(PolicyJson.ReadCase(json).Case);
    }

    private static void AssertAgrees(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        if (OnePassCaseReader.TryRead(utf8) is { } read) Assert.Equal(Serializer(utf8), read);
    }

    // The serializer the library read every case with before: the oracle.
    private static PolicyCase? Serializer(byte[] utf8)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, PolicyJson.Compact.PolicyCase);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
