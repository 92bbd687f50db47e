using Bars.Policy.Samples.WebHost.Explorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bars.Policy.Samples.WebHost.Pages;

/// <summary>
/// The case form at <c>/</c>: GET shows it empty, POST decides the case with the library (the form is written in
/// the JSON contract and read by <see cref="PolicyEngine.EvaluateJson(string)"/>) and shows the decision, or the
/// library's errors beside their fields (422).
/// </summary>
internal sealed class IndexModel(PolicyEngine engine, ExplorerCatalog catalog, ILogger<IndexModel> log) : PageModel
{
    /// <summary>The form's values.</summary>
    public CaseForm Form { get; private set; } = CaseForm.Blank(DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>The errors, beside their fields.</summary>
    public FieldErrors Errors { get; private set; } = FieldErrors.None;

    /// <summary>The decision of a valid case.</summary>
    public PolicyDecision? Decision { get; private set; }

    /// <summary>Why not, what next and when, for a valid case.</summary>
    public Explanations? Explanations { get; private set; }

    /// <summary>The policy the engine runs (<see cref="PolicyEngine.Policy"/>), shown before any decision is made.</summary>
    public PolicyProvenance Policy => engine.Policy;

    /// <summary>The regions the engine has rules for.</summary>
    public IReadOnlyList<string> Regions => engine.Regions;

    /// <summary>The catalogue, for the claims' words.</summary>
    public ExplorerCatalog Catalog => catalog;

    public void OnGet()
    {
    }

    public void OnPost()
    {
        Form = CaseForm.Read(Request.Form);
        var json = Form.ToJson();
        PolicyDecision decision;
        IReadOnlyList<ValidationError> windowErrors = [];
        try
        {
            decision = engine.EvaluateJson(json);
            var window = TimelineWindow.Read(Form.TimelineFrom, Form.TimelineTo, decision.AsOf, out windowErrors);
            if (decision.IsValid && window is not null)
            {
                // The case as the library read it, its unknown list included: the explanations ask about that case.
                var policyCase = PolicyJson.ReadCase(json).Case!;
                Explanations = Explanations.Of(engine, policyCase, window);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A host rule's defect, not the person's: say so on the page, and log it for the host.
            log.LogError(ex, "The policy could not evaluate a case from the explorer.");
            decision = PolicyDecision.Invalid(null, null, null, [new ValidationError("$", $"the policy could not be evaluated for this case: {ex.Message}")]);
            Explanations = null;
        }

        if (decision.IsValid && windowErrors.Count == 0)
        {
            Decision = decision;
            return;
        }

        Explanations = null;
        Errors = new FieldErrors(decision.Errors.Concat(windowErrors), FieldIds(Form));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
    }

    /// <summary>A text box of the form, with its errors.</summary>
    public TextField Field(string name, string label, string value, string? hint, string kind, bool required) =>
        new(name, label, value, hint, kind, required, Errors.Of(FieldErrors.IdOfField(name)));

    /// <summary>The fields the page renders an error beside (element id → label), with <paramref name="form"/>'s injury rows.</summary>
    internal static IReadOnlyDictionary<string, string> FieldIds(CaseForm form)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["caseId"] = "Case reference", ["region"] = "Region", ["asOf"] = "Decide as of",
            ["applicant"] = "The applicant", ["applicant-birthDate"] = "Date of birth", ["applicant-sex"] = "Sex",
            ["contract"] = "The contract", ["contract-months"] = "Length in months", ["contract-startDate"] = "Start date",
            ["contract-terminatedEarlyOn"] = "Terminated early on", ["contract-terminatedBy"] = "Terminated by", ["injuries"] = "Injuries",
            ["timeline-from"] = "Timeline from", ["timeline-to"] = "Timeline to",
        };
        foreach (var flag in ApplicantFlag.All) ids[$"applicant-{flag.Field}"] = flag.Label;
        for (var i = 0; i < form.Injuries.Count; i++)
        {
            ids[$"injuries-{i}"] = $"Injury {i + 1}";
            ids[$"injuries-{i}-date"] = $"Injury {i + 1}, date of the injury";
        }

        return ids;
    }
}
