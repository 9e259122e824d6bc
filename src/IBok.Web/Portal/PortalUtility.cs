namespace IBok.Web.Portal;

/// <summary>The utility the portal serves, as its header names it (configuration <c>Portal:UtilityName</c>).</summary>
public sealed class PortalUtility(IConfiguration configuration)
{
    /// <summary>The name shown in every page's header.</summary>
    public string Name { get; } = configuration["Portal:UtilityName"] is { Length: > 0 } name ? name : "Wodociągi i Kanalizacja";

    /// <summary>The service's name, in both languages' pages alike.</summary>
    public const string ServiceNamePl = "Internetowe Biuro Obsługi Klienta";
}
