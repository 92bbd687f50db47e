namespace Bars.Policy.Rules;

/// <summary>The parameters a rule computes with, for the rule catalogue.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class UsesParametersAttribute(params Parameter[] parameters) : Attribute
{
    public IReadOnlyList<Parameter> Parameters { get; } = parameters;
}
