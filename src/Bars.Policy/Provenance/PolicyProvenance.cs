namespace Bars.Policy;

/// <summary>
/// Which policy made a decision: the library's version and a fingerprint of the engine's configuration — every
/// rule's name and compiled definition, where each applies, the parameters in force with their periods and
/// citations, the rules switched off, the regions added. The same configuration has the same fingerprint on any
/// machine and in any process; any change to it gives another. One object per engine, shared by its decisions.
/// </summary>
/// <param name="LibraryVersion">The Bars.Policy package version, <c>0.1.0</c>.</param>
/// <param name="Fingerprint">A stable hash of the configuration, <c>sha256:</c> and 32 hex digits.</param>
public sealed record PolicyProvenance(string LibraryVersion, string Fingerprint)
{
    /// <inheritdoc />
    public override string ToString() => $"Bars.Policy {LibraryVersion} {Fingerprint}";
}
