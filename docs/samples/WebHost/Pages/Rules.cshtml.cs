using Bars.Policy.Catalog;
using Bars.Policy.Samples.WebHost.Explorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bars.Policy.Samples.WebHost.Pages;

/// <summary>The rule catalogue at <c>/rules</c>: what <c>bars-policy rules</c> prints, from the same <see cref="PolicyEngine.Describe"/>, as HTML.</summary>
internal sealed class RulesModel(ExplorerCatalog catalog) : PageModel
{
    /// <summary>The engine's catalogue.</summary>
    public PolicyCatalog Catalog => catalog.Catalog;

    /// <summary>Whether the catalogue lists the claim (so it can be linked).</summary>
    public bool Lists(string claimId) => catalog.Lists(claimId);

    public void OnGet()
    {
    }
}
