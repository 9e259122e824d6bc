using IBok.GraphQL.Application.WithoutAccount;

namespace IBok.Web.Hosting;

/// <summary>Tells the features without an account who is calling (the rate limits are per client address).</summary>
public static class ClientOriginMiddleware
{
    /// <summary>Sets the request's <see cref="ClientOrigin"/> from the connection's remote address.</summary>
    /// <remarks>Behind a reverse proxy, add ASP.NET Core's forwarded-headers middleware before this one.</remarks>
    public static IApplicationBuilder UseIBokClientOrigin(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<ClientOrigin>().Address = context.Connection.RemoteIpAddress?.ToString();
            return next(context);
        });
}
