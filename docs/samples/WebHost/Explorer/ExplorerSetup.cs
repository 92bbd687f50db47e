namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// The decision explorer: the case form at <c>/</c> and the rule catalogue at <c>/rules</c> (Razor Pages), with
/// their script and style served by this host, so the pages need nothing from the internet.
/// </summary>
internal static class ExplorerSetup
{
    // Everything the pages load comes from this host; nothing inline, nothing framed.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IServiceCollection AddExplorer(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddSingleton<ExplorerCatalog>();
        return services;
    }

    public static WebApplication MapExplorer(this WebApplication app)
    {
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/decisions"),
            page => page.Use((context, next) =>
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return next(context);
            }));
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
