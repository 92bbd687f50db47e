namespace Bars.Policy.Rules;

/// <summary>
/// What a rule found, as a rule hands it to <see cref="Recorder"/>: fixed words, or the facts it names and how to put
/// them (<see cref="Of{T}"/>), formatted only when the finding's <see cref="Finding.Text"/> is read. Most answers never
/// read it (<c>--findings none</c>, CSV, Parquet, a host that looks at outcomes), so a case does not pay for sentences
/// nobody reads; the facts a rule names are immutable, so the words come out the same whenever they are made.
/// </summary>
internal readonly struct FindingText
{
    private FindingText(object words) => Words = words;

    /// <summary>The words: a string, or a <see cref="Deferred"/> that makes them.</summary>
    internal object Words { get; }

    /// <summary>Fixed words.</summary>
    /// <param name="text">The finding's text.</param>
    public static implicit operator FindingText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Words about <paramref name="facts"/>, put by <paramref name="wording"/> when they are first read.</summary>
    /// <param name="facts">What the words name (a case's facts, or a tuple of them).</param>
    /// <param name="wording">A static lambda: the sentence, as an interpolated string over the facts.</param>
    public static FindingText Of<T>(T facts, Wording<T> wording) => new(new Deferred<T>(facts, wording));

    /// <summary>Words not made yet.</summary>
    internal abstract class Deferred
    {
        /// <summary>Makes the words.</summary>
        public abstract string Format();
    }

    private sealed class Deferred<T>(T facts, Wording<T> wording) : Deferred
    {
        public override string Format() => wording(facts).ToStringAndClear();
    }
}

/// <summary>How a rule puts <paramref name="facts"/> into words: an interpolated string, formatted invariantly.</summary>
/// <typeparam name="T">What the words name.</typeparam>
/// <param name="facts">The facts.</param>
internal delegate InvariantText Wording<in T>(T facts);
