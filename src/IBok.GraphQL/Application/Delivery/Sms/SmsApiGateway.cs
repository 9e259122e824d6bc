using System.Net.Http.Headers;
using System.Text.Json;

namespace IBok.GraphQL.Application.Delivery.Sms;

/// <summary>Settings of the SMSAPI.pl adapter (configuration section <c>Sms:SmsApi</c>).</summary>
public sealed record SmsApiOptions
{
    /// <summary>The send endpoint; SMSAPI.pl's is <c>https://api.smsapi.pl/sms.do</c> (a test server in tests).</summary>
    public Uri Endpoint { get; init; } = new("https://api.smsapi.pl/sms.do");

    /// <summary>The OAuth token from the SMSAPI customer panel (sent as <c>Authorization: Bearer</c>).</summary>
    public string Token { get; init; } = "";

    /// <summary>The sender name registered with SMSAPI (field <c>from</c>); empty uses the account's default.</summary>
    public string SenderName { get; init; } = "";

    /// <summary>True sends with <c>test=1</c>: SMSAPI validates and answers without delivering or charging.</summary>
    public bool TestMode { get; init; }
}

/// <summary>
/// Sends SMS through SMSAPI.pl's HTTP API: one <c>POST</c> of an <c>application/x-www-form-urlencoded</c> form to
/// <c>sms.do</c> with a bearer token.
/// </summary>
/// <remarks>
/// <para>Fields sent: <c>to</c> (number with country code, digits only, e.g. <c>48600700800</c>), <c>message</c>,
/// <c>from</c> (when configured), <c>encoding=utf-8</c>, <c>format=json</c>, <c>idx</c> (our idempotency reference,
/// hashed to 36 characters) with <c>check_idx=1</c>, so SMSAPI itself refuses a second message with the same
/// reference (a dispatcher that died after sending and retries does not send twice), <c>normalize=0</c> (we choose the
/// alphabet ourselves, see <see cref="PreparedSms"/>), and <c>test=1</c> in test mode.</para>
/// <para>Answer: JSON <c>{"count":1,"list":[{"id":"…","points":0.16,"number":"48…","status":"QUEUE"}]}</c> on success;
/// <c>{"error":13,"message":"…"}</c> on refusal. Error 53 ("idx already used") means the message was sent before and
/// counts as success; any HTTP status but 200 is a failure. Checked against SMSAPI's published documentation of
/// <c>sms.do</c> (endpoint, <c>Authorization: Bearer</c>) and its official PHP client (form fields, <c>encoding=utf-8</c>
/// and <c>format=json</c> by default, <c>checkIdx</c> sent as <c>check_idx</c>, an error being a 200 answer with both
/// <c>error</c> and <c>message</c>, any other status an error), not against the live service (no internet here).</para>
/// </remarks>
public sealed class SmsApiGateway(HttpClient http, SmsApiOptions options) : ISmsGateway
{
    /// <summary>SMSAPI's error code for a repeated <c>idx</c> with <c>check_idx=1</c>.</summary>
    public const int DuplicateIdxError = 53;

    /// <inheritdoc />
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("to", NormalizePolishNumber(message.To)),
            new("message", message.Text.Text),
            new("encoding", "utf-8"),
            new("format", "json"),
            new("idx", Idx(message.Reference)),
            new("check_idx", "1"),
            new("normalize", "0"),
        };
        if (options.SenderName.Length > 0)
        {
            fields.Add(new("from", options.SenderName));
        }

        if (options.TestMode)
        {
            fields.Add(new("test", "1"));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        using var json = TryParse(body);
        if (json?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var error))
        {
            var code = error.ValueKind == JsonValueKind.Number && error.TryGetInt32(out var number) ? number : -1;
            if (code == DuplicateIdxError)
            {
                return;
            }

            var text = root.TryGetProperty("message", out var said) && said.ValueKind == JsonValueKind.String ? said.GetString() : null;
            var status = response.IsSuccessStatusCode ? "" : $"HTTP {(int)response.StatusCode}, ";
            throw new SmsDeliveryException($"SMSAPI refused the message: {status}error {code} ({text}).");
        }

        // SMSAPI's own client treats any status but 200 as a failure, whatever the body says.
        if (!response.IsSuccessStatusCode)
        {
            throw new SmsDeliveryException($"SMSAPI answered HTTP {(int)response.StatusCode}: {Shortened(body)}");
        }

        if (json is null)
        {
            throw new SmsDeliveryException($"SMSAPI answered with something that is not JSON: {Shortened(body)}");
        }

        if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("count", out var count)
            || count.ValueKind != JsonValueKind.Number || count.GetInt32() < 1)
        {
            throw new SmsDeliveryException($"SMSAPI answered without a queued message: {Shortened(body)}");
        }
    }

    /// <summary>A Polish number as SMSAPI wants it: digits only, with the country code 48 (9-digit national numbers get it).</summary>
    /// <exception cref="SmsDeliveryException">The number has no 9-digit national part.</exception>
    public static string NormalizePolishNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length switch
        {
            9 => "48" + digits,
            >= 10 and <= 15 => digits,
            _ => throw new SmsDeliveryException($"\"{number}\" is not a phone number an SMS can be sent to."),
        };
    }

    /// <summary>SMSAPI's <c>idx</c> holds at most 36 characters: a reference longer than that is hashed.</summary>
    public static string Idx(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Length <= 36 && reference.All(char.IsAsciiLetterOrDigit)
            ? reference
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reference)))[..36];
    }

    private static JsonDocument? TryParse(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shortened(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
