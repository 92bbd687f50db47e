using System.Text;

namespace Bars.Policy.Json;

/// <summary>
/// What an error may quote of the input: a value or field name of at most <see cref="MaxLength"/> characters, cut
/// there with "…" when longer, so an error about a megabyte value stays a line.
/// </summary>
internal static class Echo
{
    /// <summary>The most characters (UTF-16 code units) an error quotes of one value or field name.</summary>
    public const int MaxLength = 64;

    /// <summary><paramref name="text"/>, or its first <see cref="MaxLength"/> characters and "…".</summary>
    public static string Cut(string text)
    {
        if (text.Length <= MaxLength) return text;

        // Never half of a surrogate pair: that half alone would not be text.
        var length = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, length), "…");
    }

    /// <summary>A serializer path (<c>$.a.b</c>, <c>$['a b']</c>, <c>$.c[0]</c>) with every name in it cut.</summary>
    public static string CutNames(string path)
    {
        if (path.Length <= MaxLength) return path;

        var cut = new StringBuilder();
        var i = 0;
        while (i < path.Length)
        {
            if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) end = path.Length;
                cut.Append("['").Append(Cut(path[(i + 2)..end])).Append("']");
                i = end + 2;
            }
            else if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                cut.Append('.').Append(Cut(path[(i + 1)..end]));
                i = end;
            }
            else
            {
                // "$" and the "[n]" of a list: the input's numbers are the serializer's own, never long.
                cut.Append(path[i++]);
            }
        }

        return cut.ToString();
    }
}
