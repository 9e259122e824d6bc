using System.Net.WebSockets;
using System.Text;

namespace IBok.Web.GraphQL.WebSockets;

/// <summary>
/// The constants of the graphql-transport-ws protocol (shared/specs/graphql-ws/PROTOCOL.md): its sub-protocol
/// name, message types and close codes.
/// </summary>
public static class GraphQLTransportWs
{
    /// <summary>The WebSocket sub-protocol this endpoint speaks.</summary>
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>The largest close reason a WebSocket close frame carries (RFC 6455 5.5: 125 bytes less the code).</summary>
    public const int MaxCloseReasonBytes = 123;

    /// <summary>The <c>type</c> values of the protocol's messages.</summary>
    public static class MessageTypes
    {
        /// <summary>Client → server: asks to open the connection.</summary>
        public const string ConnectionInit = "connection_init";

        /// <summary>Server → client: the connection is open.</summary>
        public const string ConnectionAck = "connection_ack";

        /// <summary>Either way: answer with pong.</summary>
        public const string Ping = "ping";

        /// <summary>Either way: the answer to ping, or a heartbeat.</summary>
        public const string Pong = "pong";

        /// <summary>Client → server: runs an operation under an id.</summary>
        public const string Subscribe = "subscribe";

        /// <summary>Server → client: one result of an operation.</summary>
        public const string Next = "next";

        /// <summary>Server → client: the operation failed (its errors); it is over.</summary>
        public const string Error = "error";

        /// <summary>Either way: the operation is over (server) or no longer wanted (client).</summary>
        public const string Complete = "complete";
    }

    /// <summary>The protocol's close codes (and WebSocket's own where the protocol names none).</summary>
    public static class CloseCodes
    {
        /// <summary>A message of an unknown type or shape, or not JSON.</summary>
        public const int BadRequest = 4400;

        /// <summary>An operation before the connection was acknowledged.</summary>
        public const int Unauthorized = 4401;

        /// <summary>The authenticator rejected the connection.</summary>
        public const int Forbidden = 4403;

        /// <summary>The handshake did not ask for <see cref="SubProtocol"/>.</summary>
        public const int SubprotocolNotAcceptable = 4406;

        /// <summary>No <c>connection_init</c> within the wait timeout.</summary>
        public const int ConnectionInitialisationTimeout = 4408;

        /// <summary>A subscribe with the id of an operation still running.</summary>
        public const int SubscriberAlreadyExists = 4409;

        /// <summary>A second <c>connection_init</c>.</summary>
        public const int TooManyInitialisationRequests = 4429;

        /// <summary>The server failed unexpectedly (e.g. the authenticator threw).</summary>
        public const int InternalServerError = 4500;

        /// <summary>RFC 6455's code for a message over the size limit.</summary>
        public const int MessageTooBig = (int)WebSocketCloseStatus.MessageTooBig;

        /// <summary>RFC 6455's code for a server going down.</summary>
        public const int GoingAway = (int)WebSocketCloseStatus.EndpointUnavailable;
    }

    /// <summary><paramref name="reason"/> cut to whole characters within <see cref="MaxCloseReasonBytes"/> UTF-8 bytes.</summary>
    public static string LimitCloseReason(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (Encoding.UTF8.GetByteCount(reason) <= MaxCloseReasonBytes)
        {
            return reason;
        }

        const string ellipsis = "…";
        var budget = MaxCloseReasonBytes - Encoding.UTF8.GetByteCount(ellipsis);
        var length = 0;
        var bytes = 0;
        while (length < reason.Length)
        {
            var step = char.IsHighSurrogate(reason[length]) && length + 1 < reason.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(reason.AsSpan(length, step));
            if (bytes + size > budget)
            {
                break;
            }

            bytes += size;
            length += step;
        }

        return string.Concat(reason.AsSpan(0, length), ellipsis);
    }
}
