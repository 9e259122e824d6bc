using IBok.GraphQL.Execution;
using IBok.GraphQL.Language;
using IBok.GraphQL.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IBok.Web.GraphQL;

/// <summary>
/// GraphQL over HTTP (specs/graphql-over-http): GET for queries, POST with <c>application/json</c> for queries
/// and mutations, responses as <c>application/graphql-response+json</c> or, for legacy clients,
/// <c>application/json</c>, with the status codes of the spec's "Status Codes" section. A browser's GET gets the
/// GraphQL IDE instead. Every failure is a GraphQL error with a code; no exception detail reaches the client.
/// </summary>
/// <remarks>
/// WebSocket upgrades are served by the subscription transport's middleware before this endpoint; one that
/// reaches it is answered 400, because nothing here speaks a WebSocket protocol.
/// </remarks>
public sealed partial class GraphQLHttpEndpoint
{
    private const string GetOrPost = "GET, POST";
    private const string PostOnly = "POST";
    private const string SubscriptionsOverHttpMessage =
        "Subscriptions are not served over HTTP; subscribe over a WebSocket with the graphql-transport-ws protocol.";

    private static readonly GraphQLHttpResult UnexpectedError = GraphQLHttpResult.Error(
        StatusCodes.Status500InternalServerError,
        "Unexpected error.",
        ErrorCodes.InternalServerError,
        GraphQLResponseMediaType.GraphQLResponseJson);

    private readonly GraphQLRequestExecutor _executor;
    private readonly GraphQLTransportOptions _options;
    private readonly GraphQLIde _ide;
    private readonly ILogger<GraphQLHttpEndpoint> _logger;

    /// <summary>Creates the endpoint for <paramref name="executor"/>'s schema.</summary>
    public GraphQLHttpEndpoint(
        GraphQLRequestExecutor executor,
        IOptions<GraphQLTransportOptions> options,
        GraphQLIde ide,
        ILogger<GraphQLHttpEndpoint> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _executor = executor;
        _options = options.Value;
        _ide = ide;
        _logger = logger;
    }

    /// <summary>Answers one HTTP request to the GraphQL path.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        GraphQLHttpRequest? request = null;
        var writing = false;
        try
        {
            IResult result;
            (result, request) = await ProcessAsync(context).ConfigureAwait(false);
            writing = true;
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
        }
        catch (Exception exception)
        {
            LogUnexpectedFailure(_logger, exception, context.Request.Method, context.Request.Path);
            if (writing || context.Response.HasStarted)
            {
                // Part of a response may already be buffered or sent; a clean error cannot follow it.
                context.Abort();
            }
            else
            {
                await UnexpectedError.ExecuteAsync(context).ConfigureAwait(false);
            }
        }
        finally
        {
            request?.Dispose();
        }
    }

    private async Task<(IResult Result, GraphQLHttpRequest? Request)> ProcessAsync(HttpContext context)
    {
        var httpRequest = context.Request;
        var isGet = HttpMethods.IsGet(httpRequest.Method);
        var isPost = HttpMethods.IsPost(httpRequest.Method);
        var mediaType = GraphQLMediaTypes.Negotiate(httpRequest.Headers.Accept, offerHtml: isGet && _options.EnableIde);

        // The feature itself, not context.WebSockets, which allocates a manager on every request to ask the same.
        if (context.Features.Get<IHttpWebSocketFeature>() is { IsWebSocketRequest: true })
        {
            return (GraphQLHttpResult.Error(
                StatusCodes.Status400BadRequest,
                "GraphQL over WebSocket is not available at this path.",
                ServerErrorCodes.BadRequest,
                GraphQLResponseMediaType.Json), null);
        }

        if (!isGet && !isPost)
        {
            return (GraphQLHttpResult.Error(
                StatusCodes.Status405MethodNotAllowed,
                $"The HTTP method {httpRequest.Method} is not supported; use GET or POST.",
                TransportErrorCodes.MethodNotAllowed,
                mediaType is GraphQLResponseMediaType.None or GraphQLResponseMediaType.Html ? GraphQLResponseMediaType.Json : mediaType,
                GetOrPost), null);
        }

        if (mediaType == GraphQLResponseMediaType.Html)
        {
            return (_ide.Page, null);
        }

        if (mediaType == GraphQLResponseMediaType.None)
        {
            // GraphQL over HTTP: a response that is not a GraphQL response "MUST NOT use the
            // application/graphql-response+json media type".
            return (new GraphQLHttpResult(
                ExecutionResult.FromErrors([new GraphQLError(
                    "The Accept header allows none of the response media types; accept application/graphql-response+json or application/json.",
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = TransportErrorCodes.NotAcceptable })]),
                StatusCodes.Status406NotAcceptable,
                GraphQLMediaTypes.JsonUtf8), null);
        }

        var (request, problem) = isGet
            ? GraphQLHttpRequestReader.FromQueryString(httpRequest.Query, AllowedOperations.Query)
            : await ReadBodyAsync(context).ConfigureAwait(false);
        if (problem is not null)
        {
            return (GraphQLHttpResult.Error(problem.StatusCode, problem.Message, problem.Code, mediaType), null);
        }

        var contextFactory = context.RequestServices.GetService<IGraphQLContextFactory>();
        var requestContext = contextFactory is null ? null : await contextFactory.CreateContextAsync(context).ConfigureAwait(false);
        var result = await _executor.ExecuteAsync(request!.Request, context.RequestServices, requestContext, context.RequestAborted)
            .ConfigureAwait(false);
        LogServerErrors(result);

        var statusCode = GraphQLStatusCodes.For(result);
        string? allow = null;
        if (!result.HasData && result.Errors[0].Code == ServerErrorCodes.OperationNotAllowed)
        {
            (result, statusCode, allow) = Refusal(result.Errors[0], request.Request, isGet);
        }

        return (new GraphQLHttpResult(result, statusCode, GraphQLMediaTypes.ContentTypeFor(mediaType, statusCode), allow), request);
    }

    private Task<(GraphQLHttpRequest? Request, GraphQLRequestProblem? Problem)> ReadBodyAsync(HttpContext context)
    {
        // The server's own limit must not cut a body our limit allows.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = _options.MaxRequestBytes + 1;
        }

        return GraphQLHttpRequestReader.FromBodyAsync(
            context.Request,
            _options.MaxRequestBytes,
            AllowedOperations.Query | AllowedOperations.Mutation,
            context.RequestAborted);
    }

    /// <summary>
    /// A refused operation type: a mutation over GET is 405 with <c>Allow: POST</c> (GraphQL over HTTP, "GET");
    /// a subscription is never served over HTTP, which we treat as a validation rule of our own (422).
    /// </summary>
    private (ExecutionResult Result, int StatusCode, string? Allow) Refusal(GraphQLError error, GraphQLRequest request, bool isGet)
    {
        if (isGet && RefusedOperationType(request) != OperationType.Subscription)
        {
            return (ExecutionResult.FromErrors([error]), StatusCodes.Status405MethodNotAllowed, PostOnly);
        }

        var subscriptionError = new GraphQLError(SubscriptionsOverHttpMessage, error.Locations, extensions: error.Extensions);
        return (ExecutionResult.FromErrors([subscriptionError]), StatusCodes.Status422UnprocessableEntity, null);
    }

    /// <summary>The type of the operation the executor refused; parsed again, as refusals are rare. Null when unknown.</summary>
    private OperationType? RefusedOperationType(GraphQLRequest request)
    {
        if (string.IsNullOrEmpty(request.Query) && request.QueryUtf8.IsEmpty)
        {
            return null;
        }

        try
        {
            var document = string.IsNullOrEmpty(request.Query)
                ? Parser.Parse(request.QueryUtf8.Span, _executor.Options.ParserOptions)
                : Parser.Parse(request.Query, _executor.Options.ParserOptions);
            var operationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName;
            return Executor.GetOperation(document, operationName).Operation?.Operation;
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }
    }

    private void LogServerErrors(ExecutionResult result)
    {
        foreach (var error in result.Errors)
        {
            if (error.OriginalException is { } exception && error.Code == ErrorCodes.InternalServerError)
            {
                LogResolverFailure(_logger, exception, error.Path is null ? "(request)" : string.Join('.', error.Path));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL request failed unexpectedly at {Path}.")]
    private static partial void LogResolverFailure(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "GraphQL HTTP transport failed unexpectedly on {Method} {Path}.")]
    private static partial void LogUnexpectedFailure(ILogger logger, Exception exception, string method, PathString path);
}
