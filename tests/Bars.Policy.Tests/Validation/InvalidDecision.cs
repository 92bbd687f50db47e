namespace Bars.Policy.Tests.Validation;

/// <summary>What every invalid decision must look like, and how to find the error a test is about.</summary>
internal static class InvalidDecision
{
    /// <summary>Asserts nothing was evaluated: no outcome, no entitlements, no obligations, no service.</summary>
    public static void AssertNothingEvaluated(PolicyDecision decision)
    {
        Assert.False(decision.IsValid);
        Assert.NotEmpty(decision.Errors);
        Assert.Null(decision.Enlistment);
        Assert.Empty(decision.Entitlements);
        Assert.Empty(decision.Obligations);
        Assert.Null(decision.Service);
    }

    /// <summary>Asserts the decision is invalid for exactly one reason, at <paramref name="path"/>, and returns it.</summary>
    public static ValidationError AssertSingleError(PolicyDecision decision, string path)
    {
        AssertNothingEvaluated(decision);
        var error = Assert.Single(decision.Errors);
        Assert.Equal(path, error.Path);
        AssertPlain(error.Message);
        return error;
    }

    /// <summary>Asserts the decision is invalid and has an error at <paramref name="path"/> (among others), and returns it.</summary>
    public static ValidationError AssertHasError(PolicyDecision decision, string path)
    {
        AssertNothingEvaluated(decision);
        var error = Assert.Single(decision.Errors, e => e.Path == path);
        AssertPlain(error.Message);
        return error;
    }

    /// <summary>A message for people: not empty, and not leaking the serializer's or the runtime's internals.</summary>
    public static void AssertPlain(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Bars.Policy", message, StringComparison.Ordinal);
        Assert.DoesNotContain("$", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", message, StringComparison.Ordinal);
    }

    /// <summary>Asserts the case was valid and evaluated.</summary>
    public static void AssertValid(PolicyDecision decision)
    {
        Assert.True(decision.IsValid, string.Join("; ", decision.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Empty(decision.Errors);
        Assert.NotNull(decision.Enlistment);
        Assert.NotNull(decision.Service);
        Assert.Equal(Enum.GetValues<EntitlementKind>().Length, decision.Entitlements.Count);
    }
}
