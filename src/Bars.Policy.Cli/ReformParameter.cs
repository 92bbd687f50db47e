namespace Bars.Policy.Cli;

/// <summary>One dated value of a <see cref="ReformFile"/>.</summary>
internal sealed record ReformParameter(string Region, Parameter Parameter, decimal Value, DateOnly EffectiveFrom, DateOnly? EffectiveTo = null, SourceCitation? Citation = null);
