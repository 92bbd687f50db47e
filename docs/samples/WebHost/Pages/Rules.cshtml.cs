using Bars.Policy.Catalog;
using Bars.Policy.Samples.WebHost.Explorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bars.Policy.Samples.WebHost.Pages;

/// <summary>The rule catalogue at <c>/rules</c>: what <c>bars-policy rules</c> prints, from the same <see cref="PolicyEngine.Describe"/>, as HTML.</summary>
internal sealed class RulesModel(ExplorerCatalog catalog) : PageModel
{
    /// <summary>The engine's catalogue.</summary>
    public PolicyCatalog Catalog => catalog.Catalog;

    /// <summary>The page's entry for a claim or a reading (<c>claim-C12</c>, <c>reading-I8</c>), or null when it has none.</summary>
    public string? AnchorOf(string citation) => catalog.AnchorOf(citation);

    public void OnGet()
    {
    }
}
