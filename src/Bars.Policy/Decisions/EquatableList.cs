using System.Collections;

namespace Bars.Policy;

/// <summary>
/// A read-only list that compares by content, so that records holding one compare by content too: a record's
/// synthesized equality calls <see cref="Equals(object?)"/> on each member, and a plain array compares references.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] items;

    private EquatableList(T[] items) => this.items = items;

    /// <summary>The empty list.</summary>
    public static EquatableList<T> Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    public T this[int index] => items[index];

    /// <summary>The given items as an equatable list; the same instance when it already is one.</summary>
    /// <param name="source">The items, copied so that the list cannot change afterwards.</param>
    /// <returns>An equatable list of <paramref name="source"/>.</returns>
    public static EquatableList<T> Of(IEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source is EquatableList<T> list) return list;
        var copy = source.ToArray();
        return copy.Length == 0 ? Empty : new EquatableList<T>(copy);
    }

    /// <summary>Wraps <paramref name="items"/> without copying: for arrays the library has just made and never
    /// touches again (the decisions it builds), so a decision costs no second copy of each list.</summary>
    /// <param name="items">The items; the caller hands them over.</param>
    /// <returns>An equatable list over <paramref name="items"/>.</returns>
    public static EquatableList<T> Own(T[] items) => items.Length == 0 ? Empty : new EquatableList<T>(items);

    /// <inheritdoc/>
    public bool Equals(EquatableList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>The items, comma-separated in brackets.</summary>
    /// <returns>For example <c>[C1, C2]</c>.</returns>
    public override string ToString() => "[" + string.Join(", ", items) + "]";

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
