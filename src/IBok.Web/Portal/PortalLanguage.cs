namespace IBok.Web.Portal;

/// <summary>The portal's two languages; Polish unless the <c>ibok-lang</c> cookie says <c>en</c>.</summary>
public enum PortalLanguage
{
    /// <summary>Polish (the default).</summary>
    Polish,

    /// <summary>English.</summary>
    English,
}

/// <summary>Reading and writing the language cookie.</summary>
public static class PortalLanguages
{
    /// <summary>The cookie that remembers the chosen language.</summary>
    public const string CookieName = "ibok-lang";

    /// <summary>The request's language: English only when the cookie says exactly <c>en</c>.</summary>
    public static PortalLanguage Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(typeof(PortalLanguage), out var chosen) && chosen is PortalLanguage language)
        {
            return language;
        }

        return context.Request.Cookies[CookieName] == "en" ? PortalLanguage.English : PortalLanguage.Polish;
    }

    /// <summary>The language's code for <c>lang</c> attributes and the cookie.</summary>
    public static string Code(this PortalLanguage language) => language == PortalLanguage.English ? "en" : "pl";

    /// <summary>The language for a code from a form; null for anything but <c>pl</c> and <c>en</c>.</summary>
    public static PortalLanguage? Parse(string? code) => code switch
    {
        "pl" => PortalLanguage.Polish,
        "en" => PortalLanguage.English,
        _ => null,
    };

    /// <summary>Remembers the language for a year, and for the rest of this request.</summary>
    public static void Remember(HttpContext context, PortalLanguage language)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[typeof(PortalLanguage)] = language;
        context.Response.Cookies.Append(CookieName, language.Code(), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
    }

    /// <summary>The text for the language: Polish or English, written side by side where they are used.</summary>
    public static string Text(this PortalLanguage language, string polish, string english) =>
        language == PortalLanguage.English ? english : polish;
}
