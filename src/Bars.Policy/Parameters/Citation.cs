namespace Bars.Policy.Parameters;

/// <summary>Where a value or a finding comes from: the claim ids it rests on and the source's words.</summary>
internal sealed record Citation(IReadOnlyList<string> Claims, string Quote)
{
    public static Citation Of(string claim, string quote) => new([claim], quote);
}
