namespace Bars.Policy;

/// <summary>The regions whose BARS units the source reports on, by the names the JSON contract uses.</summary>
public static class Regions
{
    /// <summary>Kursk Oblast (BARS-Kursk).</summary>
    public const string Kursk = "Kursk";

    /// <summary>Belgorod Oblast (BARS-Belgorod).</summary>
    public const string Belgorod = "Belgorod";

    /// <summary>Bryansk Oblast.</summary>
    public const string Bryansk = "Bryansk";

    /// <summary>Every region the library ships rules for, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [Belgorod, Bryansk, Kursk];
}
