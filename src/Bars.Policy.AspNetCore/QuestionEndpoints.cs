using System.Text;
using Microsoft.Extensions.Options;

namespace Bars.Policy.AspNetCore;

/// <summary>
/// <c>POST why-not</c>, <c>POST screen</c> and <c>POST timeline?from=…&amp;to=…</c>: one case in, the library's answer
/// out as <see cref="PolicyJson"/> writes it; an invalid case is a 400 problem listing every error.
/// </summary>
internal static class QuestionEndpoints
{
    /// <summary>For each outcome that is not favourable, the smallest changes that would make it so.</summary>
    public static async Task<IResult> WhyNotAsync(HttpContext context, PolicyEngine engine, IOptions<BarsPolicyEndpointOptions> limits) =>
        await AnswerAsync(context, engine, limits.Value, c => PolicyJson.Write(engine.WhyNot(c)));

    /// <summary>A case with an <c>unknown</c> list: what is certain, what depends on the unknowns, what to ask next.</summary>
    public static async Task<IResult> ScreenAsync(HttpContext context, PolicyEngine engine, IOptions<BarsPolicyEndpointOptions> limits) =>
        await AnswerAsync(context, engine, limits.Value, c => PolicyJson.Write(engine.Screen(c)));

    /// <summary>The days from <c>from</c> to <c>to</c> (query, yyyy-MM-dd) on which an outcome, an amount or the phase changes.</summary>
    public static async Task<IResult> TimelineAsync(HttpContext context, PolicyEngine engine, IOptions<BarsPolicyEndpointOptions> limits, string? from, string? to)
    {
        if (Day(from) is not { } first || Day(to) is not { } last || last < first)
        {
            return Results.Problem(
                title: "The timeline's window is not two days.",
                detail: "Give from and to in the query, written yyyy-MM-dd, to not before from: ?from=2024-01-01&to=2026-12-31.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await AnswerAsync(context, engine, limits.Value, c => PolicyJson.Write(engine.Timeline(c, first, last)));
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, PolicyEngine engine, BarsPolicyEndpointOptions limits, Func<PolicyCase, string> answer)
    {
        var (body, unreadable) = await OneCase.ReadAsync(context, limits);
        if (unreadable is not null) return unreadable;
        var (c, invalid) = OneCase.Read(body, engine);
        return c is null ? invalid! : Results.Content(answer(c), MediaTypes.Json, Encoding.UTF8);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;
}
