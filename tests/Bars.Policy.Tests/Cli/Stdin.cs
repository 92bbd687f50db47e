using System.Text;

namespace Bars.Policy.Tests.Cli;

/// <summary>Standard input for an in-process run: the tool reads bytes, so a test's text is given as its UTF-8 bytes.</summary>
internal static class Stdin
{
    public static MemoryStream Of(string text) => new(new UTF8Encoding(false).GetBytes(text));
}
