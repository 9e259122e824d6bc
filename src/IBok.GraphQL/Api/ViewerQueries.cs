using IBok.GraphQL.CodeFirst;
using IBok.GraphQL.Persistence.Access;

namespace IBok.GraphQL.Api;

/// <summary>Who the caller is, as the server sees them.</summary>
/// <param name="Role">The caller's role.</param>
/// <param name="DisplayName">The caller's name for greetings and the audit log.</param>
/// <param name="IsSignedIn">Whether anyone is signed in.</param>
public sealed record ViewerInfo(ViewerRole Role, string DisplayName, bool IsSignedIn);

/// <summary>Root fields about the caller.</summary>
[QueryType]
public sealed class ViewerQueries
{
    /// <summary>The caller: anonymous until signed in.</summary>
    public ViewerInfo Viewer([Service] ViewerAccessor viewerAccessor)
    {
        var viewer = viewerAccessor.Viewer;
        return new ViewerInfo(viewer.Role, viewer.DisplayName, viewer.Role != ViewerRole.Anonymous);
    }
}
