namespace Bars.Policy.Verification;

/// <summary>A configuration did not verify (<see cref="PolicyVerification.EnsureClean"/>): the message is the
/// verification's report, every failure with its counterexample as case JSON.</summary>
public sealed class PolicyVerificationException : Exception
{
    internal PolicyVerificationException(PolicyVerification verification)
        : base(verification.ToText())
    {
        Verification = verification;
    }

    /// <summary>The verification that failed.</summary>
    public PolicyVerification Verification { get; }
}
