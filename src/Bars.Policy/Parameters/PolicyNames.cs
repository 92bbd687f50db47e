using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bars.Policy;

/// <summary>
/// The one rule for the names and ids a host writes: region names, parameter names and the ids of its citations.
/// They are compared exactly, and read by people, so a name that looks like another must not be another. Refused:
/// a character no one can see or that is not text (a control or format character such as U+200B ZERO WIDTH SPACE, a
/// space other than the plain one, a lone surrogate, a private-use or unassigned code point, a filler or variation
/// selector); a compatibility form, one Unicode's NFKC form writes otherwise (fullwidth <c>Ｋursk</c>, mathematical,
/// enclosed, superscript, Roman numerals, ligatures: refused by block rather than normalised, so the rule needs no ICU
/// and holds the same in a host running with invariant globalization); a word that mixes Latin, Cyrillic and Greek
/// letters (<c>Кursk</c> with a Cyrillic К); and for a citation id, one that is a claim id of the shipped source
/// once its compatibility forms and its Cyrillic and Greek look-alikes are read as the Latin they imitate (<c>C7</c>,
/// <c>Ｃ７</c>, Cyrillic <c>С7</c>, a reading's <c>I8</c>). The engine's build applies it to
/// <see cref="PolicyEngineOptions.AddRegion"/> and to host values' citations; a tool that reads names from a file
/// applies it to report them in the file's words.
/// </summary>
public static partial class PolicyNames
{
    /// <summary>What is wrong with <paramref name="name"/> as a region's or a parameter's name, or null when nothing is.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>Null, or words that follow the field's name ("… holds U+200B, …"): the value (escaped), the code
    /// point at fault, and the fix.</returns>
    public static string? NameProblem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Unseen(name) ?? Compatibility(name) ?? MixedScripts(name);
    }

    /// <summary>What is wrong with <paramref name="id"/> as the id of a host's citation, or null when nothing is. A
    /// host's id is its own source's (a decree, an order, a page): any text but the shipped claims' ids, in any
    /// spelling, and without characters that cannot be seen or words that mix scripts.</summary>
    /// <param name="id">The id as written.</param>
    /// <returns>Null, or words that follow the field's name: the value (escaped), what is wrong and the fix.</returns>
    public static string? CitationIdProblem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);

        // Compatibility forms (Ｃ７, 𝐂𝟕, Ⅽ7) and look-alikes (Cyrillic С, Ukrainian І) read as the Latin they
        // imitate; white space around the id is no part of it.
        var folded = Fold(id).Trim();
        if (ShippedClaimId().IsMatch(folded))
        {
            return $"{Shown(id)} is read as '{folded.ToUpperInvariant()}', a claim id of the shipped source (C1…, or a reading's I1…): a host cites its own source, by an id of its own such as 'Kursk order 17/2025 §3'.";
        }

        return Unseen(id) ?? Compatibility(id) ?? MixedScripts(id);
    }

    // The first character that cannot be seen or is not text, or null.
    private static string? Unseen(string value)
    {
        var span = value.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (Rune.DecodeFromUtf16(span[i..], out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                return $"{Shown(value)} holds U+{(int)span[i]:X4}, a lone surrogate (half of a character): it is not text. Write the name without it.";
            }

            if (Kind(rune) is { } kind)
            {
                return $"{Shown(value)} holds U+{rune.Value:X4}, {kind}: a reader cannot see it, so the name would differ from one that looks the same. Write it without that character.";
            }

            i += used;
        }

        return null;
    }

    private static string? Kind(Rune rune)
    {
        if (rune.Value == ' ') return null;
        if (IsInvisibleLetterOrMark(rune.Value)) return "a character that shows nothing (a filler, a joiner or a variation selector)";
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => "a control character",
            UnicodeCategory.Format => "an invisible format character",
            UnicodeCategory.SpaceSeparator => "a space that is not the plain one (U+0020)",
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "a line or paragraph separator",
            UnicodeCategory.PrivateUse => "a private-use character (it has no agreed meaning)",
            UnicodeCategory.OtherNotAssigned => "a code point Unicode has not assigned",
            _ => null,
        };
    }

    // Characters of other categories that render as nothing.
    private static bool IsInvisibleLetterOrMark(int c) =>
        c is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x2800 or 0x3164 or 0xFFA0
        || c is >= 0x180B and <= 0x180F
        || c is >= 0xFE00 and <= 0xFE0F
        || c is >= 0xE0100 and <= 0xE01EF;

    // A word (a run of letters and their marks) holding letters of more than one of Latin, Cyrillic and Greek: a
    // look-alike, since no word of any language mixes them.
    private static string? MixedScripts(string value)
    {
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && (char.IsLetter(value[i]) || CharUnicodeInfo.GetUnicodeCategory(value[i]) == UnicodeCategory.NonSpacingMark)) continue;
            if (i > start && Mixed(value.AsSpan(start, i - start)) is { } odd)
            {
                var word = value[start..i];
                return $"{Shown(value)} mixes scripts in the word '{word}': {odd.First.Script} U+{(int)odd.First.Letter:X4} and {odd.Other.Script} U+{(int)odd.Other.Letter:X4}, a look-alike. Write the word in one script.";
            }

            start = i + 1;
        }

        return null;
    }

    private static ((char Letter, string Script) First, (char Letter, string Script) Other)? Mixed(ReadOnlySpan<char> word)
    {
        (char Letter, string Script)? first = null;
        foreach (var c in word)
        {
            if (ScriptOf(c) is not { } script) continue;
            if (first is null) first = (c, script);
            else if (script != first.Value.Script) return (first.Value, (c, script));
        }

        return null;
    }

    private static string? ScriptOf(char c) => c switch
    {
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') => "Latin",
        (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\u2DE0' and <= '\u2DFF') or (>= '\uA640' and <= '\uA69F') => "Cyrillic",
        (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') => "Greek",
        _ => null,
    };

    // The first compatibility character (one NFKC writes otherwise: fullwidth, mathematical, enclosed, superscript,
    // a Roman numeral, a ligature), or null. Refused rather than normalised: the rule must not depend on ICU, which a
    // host running with invariant globalization does not have (string.Normalize then changes nothing).
    private static string? Compatibility(string value)
    {
        var span = value.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            Rune.DecodeFromUtf16(span[i..], out var rune, out var used);
            if (IsCompatibilityForm(rune))
            {
                var plain = Plain(rune.Value) is { } p ? $" of '{p}'" : "";
                return $"{Shown(value)} holds U+{rune.Value:X4}, a compatibility form{plain} (fullwidth, mathematical, enclosed, superscript, a Roman numeral or a ligature; Unicode's NFKC form writes it otherwise): it looks like another name. Write the plain character.";
            }

            i += used;
        }

        return null;
    }

    private static bool IsCompatibilityForm(Rune rune)
    {
        var c = rune.Value;
        return c is 0x00AA or 0x00B2 or 0x00B3 or 0x00B9 or 0x00BA
            || c is >= 0x02B0 and <= 0x02B8 || c is >= 0x02E0 and <= 0x02E4
            || c is >= 0x1D00 and <= 0x1DBF // small capitals and modifier letters
            || c is >= 0x2070 and <= 0x209F // superscripts and subscripts
            || (c is >= 0x2100 and <= 0x214F && Rune.IsLetter(rune)) // ℂ, ℐ, … (not №, which ids use)
            || c is >= 0x2160 and <= 0x2188 // Roman numerals
            || c is >= 0x2460 and <= 0x24FF || c is >= 0x1F100 and <= 0x1F1FF // enclosed alphanumerics
            || c is >= 0xFB00 and <= 0xFB17 // ligatures
            || c is >= 0xFE10 and <= 0xFE1F || c is >= 0xFE30 and <= 0xFE6F // vertical and small forms
            || c is >= 0xFF00 and <= 0xFFEF // fullwidth and halfwidth forms
            || c is >= 0x1D400 and <= 0x1D7FF // mathematical letters and digits
            || c is >= 0x1FBF0 and <= 0x1FBF9; // segmented digits
    }

    // The plain letter or digit a compatibility form (or a Cyrillic or Greek look-alike of a claim id's letters)
    // imitates, when it is one of those, else null.
    private static char? Plain(int c) => c switch
    {
        >= 0xFF01 and <= 0xFF5E => (char)(c - 0xFEE0), // fullwidth ASCII
        >= 0x1D400 and <= 0x1D6A3 => (char)((c - 0x1D400) % 52 is var k && k < 26 ? 'A' + k : 'a' + k - 26), // mathematical Latin
        >= 0x1D7CE and <= 0x1D7FF => (char)('0' + ((c - 0x1D7CE) % 10)), // mathematical digits
        >= 0x1FBF0 and <= 0x1FBF9 => (char)('0' + c - 0x1FBF0),
        0x2160 or 0x0406 or 0x04C0 or 0x0399 => 'I', // Roman one, Ukrainian I, palochka, Greek Iota
        0x2170 or 0x0456 or 0x04CF => 'i',
        0x216D or 0x0421 or 0x03F9 => 'C', // Roman one hundred, Cyrillic Es, Greek lunate sigma
        0x217D or 0x0441 or 0x03F2 => 'c',
        _ => null,
    };

    // The value with every character Plain knows read as its plain letter or digit.
    private static string Fold(string value)
    {
        var folded = new StringBuilder(value.Length);
        var span = value.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (Rune.DecodeFromUtf16(span[i..], out var rune, out var used) == System.Buffers.OperationStatus.Done && Plain(rune.Value) is { } plain) folded.Append(plain);
            else folded.Append(span.Slice(i, used));
            i += used;
        }

        return folded.ToString();
    }

    // The value quoted, with every character outside printable ASCII and the letters of any script escaped, so that
    // what cannot be seen shows.
    private static string Shown(string value)
    {
        var shown = new StringBuilder("'");
        foreach (var c in value)
        {
            var visible = c == ' ' || (!char.IsControl(c) && !char.IsSurrogate(c) && !char.IsWhiteSpace(c)
                && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                && !IsInvisibleLetterOrMark(c));
            if (visible) shown.Append(c);
            else shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }

        return shown.Append('\'').ToString();
    }

    // A shipped claim id (C1…) or reading id (I1…), in either case; \d takes every script's digits.
    [GeneratedRegex(@"^[CI]\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShippedClaimId();
}
