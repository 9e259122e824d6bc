using IBok.GraphQL.Execution;
using IBok.GraphQL.Server;
using Microsoft.AspNetCore.Http;

namespace IBok.Web.GraphQL;

/// <summary>The HTTP status of a GraphQL response, as GraphQL over HTTP, "Status Codes", gives it.</summary>
public static class GraphQLStatusCodes
{
    /// <summary>"294 Partial Success": a response with both <c>data</c> (even null) and <c>errors</c>.</summary>
    public const int PartialSuccess = 294;

    /// <summary>
    /// 200 for <c>data</c> without errors; 294 for <c>data</c> with errors (a field error, a timeout); without
    /// <c>data</c> (a request error) the 4xx/5xx of its cause: 400 for a document that does not parse (or an
    /// unknown persisted query), 422 for a request that is not well-formed, fails validation, names no
    /// runnable operation or has variables that do not coerce, 500 when the server itself failed.
    /// </summary>
    /// <remarks>A refused operation type depends on the method; the endpoint decides it (405 for a mutation over GET).</remarks>
    public static int For(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.HasData)
        {
            return result.Errors.Count == 0 ? StatusCodes.Status200OK : PartialSuccess;
        }

        return result.Errors[0].Code switch
        {
            ServerErrorCodes.ParseFailed => StatusCodes.Status400BadRequest,
            ServerErrorCodes.PersistedQueryNotFound => StatusCodes.Status400BadRequest,
            ErrorCodes.InternalServerError => StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
    }
}
