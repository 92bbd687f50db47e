using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;

namespace Bars.Policy.Tests.Input;

/// <summary>
/// An answer's error names its input line once: a message that already says "line N" as words is kept, any other
/// gets " (line N)". The test is one pattern for every line (a pattern per line made the regex cache parse a new one
/// for every invalid line); it must say what that per-line pattern said.
/// </summary>
public sealed class LineNamingTests
{
    [Theory]
    [InlineData("line 12 is empty: expected a case object.", 12, true)]
    [InlineData("not valid JSON at line 12, position 3", 12, true)]
    [InlineData("line 123 is empty.", 12, false)]
    [InlineData("line 012 is empty.", 12, false)]
    [InlineData("baseline 12 is empty.", 12, false)]
    [InlineData("line 12_ is empty.", 12, false)]
    [InlineData("line 12\u0663 is empty.", 12, false)]
    [InlineData("line 5 and then line 12.", 12, true)]
    [InlineData("line 12", 12, true)]
    [InlineData("Line 12 is empty.", 12, false)]
    [InlineData("line  12", 12, false)]
    [InlineData("line 1 is empty.", 1234567, false)]
    [InlineData("line 9", 10_000_000_000, false)]
    public void A_message_names_the_line_only_when_it_says_line_N_as_words(string message, long line, bool names) =>
        Assert.Equal(names, LineReading.NamesLine(message, line));

    [Property(MaxTest = 500)]
    public void The_one_pattern_says_what_the_per_line_pattern_said(PositiveInt line, NonNull<string>[] parts, byte[] glue)
    {
        // Messages made of "line <number>" fragments near the line's number, words and any characters between.
        var number = line.Get;
        var pieces = new[] { $"line {number}", $"line {number}0", $"line {number / 10}", "baseline ", "line ", "_", "\u0663", " ", ".", "a" };
        var message = string.Concat(parts.Select((p, i) => p.Get + pieces[(i < glue.Length ? glue[i] : i) % pieces.Length]));

        Assert.Equal(Regex.IsMatch(message, $@"\bline {number}\b", RegexOptions.CultureInvariant), LineReading.NamesLine(message, number));
    }

    [Fact]
    public void An_invalid_line_is_named_once_whatever_its_number()
    {
        var decision = PolicyDecision.Invalid("c1", null, null, [new ValidationError("$.asOf", "asOf is required.")]);
        Assert.Equal("asOf is required (line 40001).", LineReading.NameLine(decision, 40_001).Errors[0].Message);
        var named = PolicyDecision.Invalid("c1", null, null, [new ValidationError("$", "line 40001 is empty: expected a case object.")]);
        Assert.Equal("line 40001 is empty: expected a case object.", LineReading.NameLine(named, 40_001).Errors[0].Message);
    }
}
