using Bars.Policy.Parameters;

namespace Bars.Policy.Rules;

/// <summary>The claims as citations (claim id + verbatim quote) that rules attach to their findings.</summary>
internal static class Citations
{
    public static readonly Citation C1 = Citation.Of("C1", SourceQuotes.C1);
    public static readonly Citation C2 = Citation.Of("C2", SourceQuotes.C2);
    public static readonly Citation C3 = new(["C3", "C2"], SourceQuotes.C3);
    public static readonly Citation C4 = Citation.Of("C4", SourceQuotes.C4);
    public static readonly Citation C5 = Citation.Of("C5", SourceQuotes.C5);
    public static readonly Citation C6 = Citation.Of("C6", SourceQuotes.C6);
    public static readonly Citation C7 = Citation.Of("C7", SourceQuotes.C7);
    public static readonly Citation C8C9 = new(["C8", "C9"], SourceQuotes.C8);
    public static readonly Citation C10 = Citation.Of("C10", SourceQuotes.C10);
    public static readonly Citation C11 = Citation.Of("C11", SourceQuotes.C11);
    public static readonly Citation C12 = Citation.Of("C12", SourceQuotes.C12);
    public static readonly Citation C13 = Citation.Of("C13", SourceQuotes.C13);
    public static readonly Citation C14 = Citation.Of("C14", SourceQuotes.C14);
    public static readonly Citation C15 = Citation.Of("C15", SourceQuotes.C15);
    public static readonly Citation C16 = Citation.Of("C16", SourceQuotes.C16);
    public static readonly Citation C17 = Citation.Of("C17", SourceQuotes.C17);
    public static readonly Citation C18 = Citation.Of("C18", SourceQuotes.C18);
    public static readonly Citation C19 = Citation.Of("C19", SourceQuotes.C19);
}
