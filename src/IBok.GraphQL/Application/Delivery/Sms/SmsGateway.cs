using Microsoft.Extensions.Logging;

namespace IBok.GraphQL.Application.Delivery.Sms;

/// <summary>One SMS to send.</summary>
/// <param name="To">The phone number as the customer gave it (the gateway normalises it).</param>
/// <param name="Text">The prepared text (alphabet chosen, segments counted).</param>
/// <param name="Reference">Our idempotency reference: a gateway that supports it refuses a second message with it.</param>
public sealed record SmsMessage(string To, PreparedSms Text, string Reference);

/// <summary>Sends SMS through a provider (a log by default).</summary>
public interface ISmsGateway
{
    /// <summary>Hands the message to the provider; throws <see cref="SmsDeliveryException"/> (or an I/O error) when it cannot.</summary>
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>The provider refused a message; the text says why (no stack trace, safe to show staff).</summary>
public sealed class SmsDeliveryException(string message) : Exception(message);

/// <summary>The embedded default: writes each SMS to the log instead of sending it, so the product runs with no provider.</summary>
public sealed partial class LoggingSmsGateway(ILogger<LoggingSmsGateway> logger) : ISmsGateway
{
    /// <inheritdoc />
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Log(logger, message.To, message.Text.Encoding, message.Text.Segments, message.Reference, message.Text.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {To} ({Encoding}, {Segments} segment(s), ref {Reference}): {Text}")]
    private static partial void Log(ILogger logger, string to, SmsEncoding encoding, int segments, string reference, string text);
}
