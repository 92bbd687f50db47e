using Bars.Policy.Parameters;

namespace Bars.Policy.Engine.Anatomy;

/// <summary>
/// A rule's findings with fixed words, made once and shared by every decision that has them (issue 24): about four in
/// five findings of a case say the same words whatever the case, and a finding is immutable and compared by value, so
/// one object serves every case — no finding, claims or one-finding list made per case, and its JSON encoded once
/// (<see cref="SharedFinding"/>). Words made for the case (<see cref="Rules.FindingText.Of"/>) are never kept here.
/// </summary>
internal sealed class FixedFindings
{
    // A rule has a few fixed wordings, each citing one or a few sets of claims. One that builds its words per case as
    // plain strings (a host's, say) would fill this with one-off findings: it stops growing at this many, and the
    // rest are made per case.
    private const int Most = 16;

    private Finding[] kept = [];

    /// <summary>The finding kept that cites <paramref name="citation"/> (and <paramref name="also"/>, as
    /// <see cref="Rules.Recorder.Finding"/> lists them) in <paramref name="text"/>, or null.</summary>
    public Finding? Find(SourceCitation citation, string text, SourceCitation[] also)
    {
        foreach (var finding in Volatile.Read(ref kept))
        {
            if (Says(finding, text, citation.Quote) && ClaimsAre(finding.Claims, citation, also)) return finding;
        }

        return null;
    }

    /// <summary>The finding kept that cites the claims of <paramref name="decisive"/> (each once, in order: a
    /// <see cref="Rules.Facts.Membership"/>'s decisive claims) and quotes <paramref name="quote"/> in
    /// <paramref name="text"/>, or null. The claims are compared in place, so a case whose finding is kept lists none.</summary>
    public Finding? Find(IReadOnlyList<Finding> decisive, string quote, string text)
    {
        foreach (var finding in Volatile.Read(ref kept))
        {
            if (Says(finding, text, quote) && ClaimsOf(finding.Claims, decisive)) return finding;
        }

        return null;
    }

    /// <summary>Keeps <paramref name="finding"/>, just made with fixed words, to be shared; returns it.</summary>
    public Finding Keep(Finding finding)
    {
        var known = Volatile.Read(ref kept);
        if (known.Length >= Most) return finding;
        finding.Shared = new SharedFinding(finding);

        // Copied, not added to: a reader sees the array before or after. Two threads adding at once may lose one,
        // which is made again next time, alike.
        Volatile.Write(ref kept, [.. known, finding]);
        return finding;
    }

    private static bool Says(Finding finding, string text, string quote) =>
        string.Equals(finding.Text, text, StringComparison.Ordinal) && string.Equals(finding.Quote, quote, StringComparison.Ordinal);

    // The citation's id, then each of the others' not listed yet: the claims Recorder.Finding makes, compared in place.
    private static bool ClaimsAre(IReadOnlyList<string> claims, SourceCitation citation, SourceCitation[] also)
    {
        var listed = 0;
        if (!Next(claims, ref listed, citation.Id)) return false;
        foreach (var more in also)
        {
            if (!Next(claims, ref listed, more.Id)) return false;
        }

        return listed == claims.Count;
    }

    // Each claim of the findings in order, those not listed yet: the claims Membership.DecisiveClaims makes, compared in place.
    private static bool ClaimsOf(IReadOnlyList<string> claims, IReadOnlyList<Finding> decisive)
    {
        var listed = 0;
        for (var f = 0; f < decisive.Count; f++)
        {
            var ids = decisive[f].Claims;
            for (var c = 0; c < ids.Count; c++)
            {
                if (!Next(claims, ref listed, ids[c])) return false;
            }
        }

        return listed == claims.Count;
    }

    // One id of a list whose repeats are dropped: one of the first `listed` claims already, or the next of them.
    private static bool Next(IReadOnlyList<string> claims, ref int listed, string id)
    {
        for (var i = 0; i < listed; i++)
        {
            if (string.Equals(claims[i], id, StringComparison.Ordinal)) return true;
        }

        if (listed == claims.Count || !string.Equals(claims[listed], id, StringComparison.Ordinal)) return false;
        listed++;
        return true;
    }
}
