using System.Globalization;

namespace Bars.Policy.Json;

/// <summary>
/// The errors of one case, bounded: the first <see cref="Kept"/> in document order are kept, and the rest are
/// counted in one final error ("… and 49,900 more errors"). A document of 50,000 wrong values then costs the memory
/// and the output of 101 errors, wherever it is read — <c>Evaluate</c>, a batch line, the web host.
/// </summary>
internal sealed class CaseErrors
{
    /// <summary>How many errors a case keeps.</summary>
    public const int Kept = 100;

    private readonly List<ValidationError> kept = [];

    /// <summary>Every error added, kept or counted.</summary>
    public int Count { get; private set; }

    /// <summary>Keeps <paramref name="error"/> while fewer than <see cref="Kept"/> are; counts it either way.</summary>
    public void Add(ValidationError error)
    {
        Count++;
        if (kept.Count < Kept) kept.Add(error);
    }

    /// <summary>The kept errors, and the count of the rest as one more when there are any.</summary>
    public List<ValidationError> ToList() => Count <= Kept ? kept : [.. kept, More(Count - Kept)];

    /// <summary><paramref name="errors"/> bounded the same way: the first <see cref="Kept"/> and the count of the rest.</summary>
    public static List<ValidationError> Bound(List<ValidationError> errors) =>
        errors.Count <= Kept ? errors : [.. errors.Take(Kept), More(errors.Count - Kept)];

    private static ValidationError More(int dropped) =>
        new(JsonErrors.Root, string.Create(CultureInfo.InvariantCulture, $"… and {dropped:N0} more errors (the first {Kept} are given)."));
}
