namespace Bars.Policy.Engine;

/// <summary>
/// The library's one pool: one spare <typeparamref name="T"/> per thread. A case's scratch objects (its sheet, its
/// sequential run, its JSON writer) are reused by the next case on the same thread without a lock; a nested use
/// (an evaluation inside another) finds no spare and makes its own, and an object not given back is simply dropped.
/// </summary>
/// <typeparam name="T">What is kept.</typeparam>
internal static class ThreadSpare<T>
    where T : class
{
    [ThreadStatic]
    private static T? spare;

    /// <summary>This thread's spare, taken (so a nested use does not share it), or null when there is none.</summary>
    public static T? Take()
    {
        var taken = spare;
        spare = null;
        return taken;
    }

    /// <summary>Keeps <paramref name="item"/>, already cleared, as this thread's spare.</summary>
    /// <param name="item">The object to reuse.</param>
    public static void Keep(T item) => spare = item;
}
